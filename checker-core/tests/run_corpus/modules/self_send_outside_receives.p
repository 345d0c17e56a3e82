// expect: bug illegal_action "B"
// A machine's own reference carries its receives list: it cannot even send itself an event outside it.
event A;
event B;
machine Main receives A; {
  var ev: event;
  start state S {
    entry {
      send this, A;
      ev = B;
      send this, ev;
    }
    on A do { }
  }
}
