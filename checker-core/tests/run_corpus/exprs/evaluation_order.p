// expect: pass
// prints: "order: a b | c d | t e p | x y"
// Calls inside arguments, operands, send parts and collection inserts run left to right (plain variables
// in binary operators are a different story: see known_failures/exprs__binop_variable_read_late.p).
event Note: int;
machine Main {
  var log: string;
  var xs: seq[int];
  start state S {
    entry {
      log = "order:";
      assert Pair(Mark("a", 1), Mark("b", 2)) == 3;
      log = log + " |";
      assert Mark("c", 10) - Mark("d", 4) == 6;
      log = log + " |";
      send Target(), Ev(), Mark("p", 5);
      log = log + " |";
      xs += (Mark("x", 0), Mark("y", 9));
      assert xs[0] == 9;
      print log;
    }
    on Note do (n: int) { assert n == 5; }
  }
  fun Mark(tag: string, v: int): int {
    log = log + " " + tag;
    return v;
  }
  fun Pair(a: int, b: int): int { return a + b; }
  fun Target(): machine { log = log + " t"; return this; }
  fun Ev(): event { log = log + " e"; return Note; }
}
