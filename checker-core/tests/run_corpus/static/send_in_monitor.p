// expect: static-error
// Spec monitors cannot send.
event E;
spec Chatty observes E {
  start state S {
    on E do { send this, E; }
  }
}
machine Main { start state S { } }
