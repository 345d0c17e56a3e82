// expect: rejected
// A format string needs exactly (largest placeholder + 1) arguments (TypeCheckingUtils.PrintStmtNumArgs).
machine Main {
  var s: string;
  start state S {
    entry {
      s = format("{0} of {2}", 1, 2, 3);
      s = format("{0} and {1}", 1); // error: two placeholders, one argument
    }
  }
}
