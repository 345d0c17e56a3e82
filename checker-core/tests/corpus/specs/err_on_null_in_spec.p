// expect: rejected
// Monitors cannot have an `on null` default handler (NullTransitionInMonitor).
event eSeen;
spec Idle observes eSeen {
  start state S {
    on eSeen do { }
    on null goto T; // error: on null in a spec
  }
  state T { }
}
machine Main {
  start state S { }
}
