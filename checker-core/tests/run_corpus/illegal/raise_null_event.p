// expect: bug illegal_action "null event"
// Nor raised.
event Real;
machine Main {
  var ev: event;
  start state S {
    entry {
      if (choose(3) == 5) { ev = Real; }
      raise ev;
    }
    on Real do { }
  }
}
