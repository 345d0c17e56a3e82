// expect: rejected
// A second `start` state is a duplicate start state (DeclarationVisitor DuplicateStartState, at the second state).
machine Main {
  start state First { }
  start state Second { } // error: second start state
}
