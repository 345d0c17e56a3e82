// expect: accepted
// Format strings can take formatted strings, calls and arithmetic as arguments, and a format can be an assert message and a print argument.
// tests: DefaultImpl
fun Name(i: int): string { return format("node{0}", i); }
machine Main {
  var s: string;
  start state S {
    entry {
      s = format("[{0}|{1}]", format("{0}-{1}", 1, 2), Name(3));
      print format("{0} + {1} = {2}", 2, 3, 2 + 3);
      assert s != "", format("empty {0}", s);
    }
  }
}
