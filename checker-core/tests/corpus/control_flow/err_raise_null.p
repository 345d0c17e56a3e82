// expect: rejected
// Raising the literal `null` event is rejected (StatementVisitor EmittedNullEvent).
machine Main {
  start state S {
    entry { raise null; } // error: null event
  }
}
