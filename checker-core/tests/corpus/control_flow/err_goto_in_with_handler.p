// expect: rejected
// `with` (transition) functions cannot raise or goto (ChangedStateMidTransition).
event eMove;
machine Main {
  start state S {
    on eMove goto T with { goto U; } // error: goto in a with handler
  }
  state T { }
  state U { }
}
