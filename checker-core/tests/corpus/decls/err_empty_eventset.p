// expect: rejected
// An event set needs at least one event (grammar: eventSetLiteral is non-empty).
eventset esNone = { }; // error: empty event set
machine Main {
  start state S { }
}
