// expect: rejected
// `null` cannot be deferred: defer lists take nonDefaultEvent (grammar: HALT | iden).
machine Main {
  start state S {
    defer null; // error: null cannot be deferred
  }
}
