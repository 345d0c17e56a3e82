// expect: bug assertion "chatter came back"
// Nearby form: deferring instead of ignoring keeps the events for the next state.
event Chatter;
event Switch;
machine Main {
  start state Deaf {
    defer Chatter;
    entry {
      send this, Chatter;
      send this, Switch;
    }
    on Switch goto Listening;
  }
  state Listening {
    on Chatter do { assert false, "chatter came back"; }
  }
}
