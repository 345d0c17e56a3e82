// expect: bug illegal_action "Rude"
// Sending an event the target's interface does not receive is illegal.
event Polite;
event Rude;
machine Listener receives Polite; {
  start state L { on Polite do { } }
}
machine Main {
  var l: Listener;
  var ev: event;
  start state S {
    entry {
      l = new Listener();
      send l, Polite;
      ev = Rude;
      send l, ev;
    }
  }
}
