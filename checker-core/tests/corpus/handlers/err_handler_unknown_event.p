// expect: rejected
// Handlers, defer and ignore lists must name declared events.
machine Main {
  start state S {
    on eMissing do { } // error: unknown event
    defer eAbsent; // error: unknown event
  }
}
