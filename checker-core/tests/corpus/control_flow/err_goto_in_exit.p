// expect: rejected
// Exit functions cannot change state (Analyzer ChangedStateMidTransition, at the function).
machine Main {
  start state S {
    exit { goto T; } // error: goto in exit
  }
  state T { }
}
