// expect: rejected
// An event cannot be both deferred and handled in the same state.
event eWork;
machine Main {
  start state S {
    defer eWork;
    on eWork do { } // error: eWork already deferred
  }
}
