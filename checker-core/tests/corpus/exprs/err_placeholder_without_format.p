// expect: rejected
// A plain string literal is a format string with no arguments, so `{0}` in it is an argument-count error.
machine Main {
  start state S {
    entry {
      print "value: {0}"; // error: placeholder but no arguments
    }
  }
}
