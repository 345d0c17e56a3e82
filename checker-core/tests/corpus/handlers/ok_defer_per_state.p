// expect: accepted
// Deferral and handlers are per state: one state defers what another handles, ignores are per state, and `halt` can be deferred.
// tests: DefaultImpl
event eWork;
event eOpen;
machine Main {
  var done: int;
  start state Closed {
    defer eWork, halt;
    on eOpen goto Open;
  }
  state Open {
    on eWork do { done = done + 1; }
    ignore eOpen;
    on halt goto Closing;
  }
  state Closing {
    ignore eWork, eOpen;
  }
}
