// expect: rejected
// A spec must observe at least one event (grammar: observes eventSetLiteral is non-empty).
spec Idle observes { // error: empty observes list
  start state S { }
}
machine Main {
  start state S { }
}
