// expect: rejected
// `send` needs a machine target and an event; ints are neither.
event ePing;
machine Main {
  start state S {
    entry {
      send 5, ePing; // error: target is not a machine
      send this, 5; // error: 5 is not an event
    }
  }
}
