// expect: pass
// Ignored events are dropped from the inbox while scanning, so a later state that handles them never
// sees them.
event Chatter;
event Switch;
machine Main {
  start state Deaf {
    ignore Chatter;
    entry {
      send this, Chatter;
      send this, Chatter;
      send this, Switch;
    }
    on Switch goto Listening;
  }
  state Listening {
    on Chatter do { assert false, "an ignored event survived"; }
  }
}
