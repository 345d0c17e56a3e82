// expect: rejected
// Monitors cannot defer events (DeclarationVisitor DeferredEventInMonitor).
event eSeen;
spec Patient observes eSeen {
  start state S {
    defer eSeen; // error: defer in a spec
  }
}
machine Main {
  start state S { }
}
