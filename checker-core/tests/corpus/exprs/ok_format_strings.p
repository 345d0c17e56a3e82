// expect: accepted
// `format` with numbered placeholders (reused and out of order), `{{`/`}}` escapes, and formatted assert and print messages.
// tests: DefaultImpl
machine Main {
  var n: int;
  var s: string;
  start state S {
    entry {
      n = 3;
      s = format("{0} + {0} = {1}", n, n + n);
      s = format("{1} before {0}", "b", "a");
      s = format("literal {{braces}} and {0}", true);
      s = format("no placeholders");
      print format("n is {0}", n);
      print "plain message with }} only";
      assert n == 3, format("expected 3, got {0}", n);
      assert s != "", "message without placeholders";
    }
  }
}
