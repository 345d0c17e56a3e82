// expect: bug illegal_action "null event"
// Nor announced.
machine Main {
  var ev: event;
  start state S {
    entry { announce ev; }
  }
}
