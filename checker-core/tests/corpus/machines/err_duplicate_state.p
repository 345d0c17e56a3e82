// expect: rejected
// Two states of one machine cannot share a name.
machine Main {
  start state Idle { }
  state Idle { } // error: duplicate state
}
