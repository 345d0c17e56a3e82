// expect: rejected
// An anonymous exit block cannot declare a parameter (grammar: noParamAnonEventHandler).
machine Main {
  start state S {
    exit (code: int) { } // error: exit takes no parameter
  }
}
