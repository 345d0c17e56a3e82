// expect: pass
// prints: "floats 2 0.30000000000000004 1.5"
// prints: "seq (1, 2) map (<1->x>) tuple <3,True,> named <a:1, b:q, >"
// prints: "enum 5 event Poke null [] me Main(1)"
// How values print (as P's C# runtime renders them): floats in shortest round-trip form, seqs in
// parentheses, tuples in angle brackets with trailing separators, enums as their numbers, null as
// nothing, machines as Name(id).
enum Tone { Low = 3, High = 5 }
event Poke;
machine Main {
  var xs: seq[int];
  var m: map[int, string];
  start state S {
    entry {
      xs += (0, 1);
      xs += (1, 2);
      m[1] = "x";
      print format("floats {0} {1} {2}", 2.0, 0.1 + 0.2, 3.0 / 2.0);
      print format("seq {0} map {1} tuple {2} named {3}", xs, m, (3, true), (a = 1, b = "q"));
      print format("enum {0} event {1} null [{2}] me {3}", High, Poke, default(machine), this);
    }
  }
}
