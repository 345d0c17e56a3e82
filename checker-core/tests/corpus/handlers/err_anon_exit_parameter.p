// expect: rejected
// An anonymous exit block cannot declare a parameter (grammar: noParamAnonEventHandler).
// known-bad-diagnostics: the same problem is reported twice (P1021 from the parser and P3006 from the type checker).
machine Main {
  start state S {
    exit (code: int) { } // error: exit takes no parameter
  }
}
