// expect: bug illegal_action "null event"
// An event variable still holding null cannot be sent.
machine Main {
  var ev: event;
  start state S {
    entry { send this, ev; }
  }
}
