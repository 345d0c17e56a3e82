// expect: accepted
// Strings: concatenation, equality and ordering, formatting of every kind of value, escaped quotes, and strings as map keys and set elements.
// tests: DefaultImpl
enum Color { RED, BLUE }
machine Main {
  var s: string;
  var seen: set[string];
  var count: map[string, int];
  start state S {
    entry {
      s = "ab" + "c";
      assert s == "abc" && s != "abd";
      assert "abc" < "abd" && "b" > "a" && "a" <= "a" && "z" >= "y";
      s = format("{0} {1} {2} {3} {4} {5}", 1, 2.5, true, BLUE, (1, "x"), (a = 1,));
      s = format("{0} {1} {2}", default(seq[int]), default(set[bool]), default(map[int, int]));
      s = "say \"hi\"";
      seen += (s);
      count[s] = 1;
      assert s in seen && s in count;
    }
  }
}
