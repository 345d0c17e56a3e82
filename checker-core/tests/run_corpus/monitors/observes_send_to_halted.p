// expect: bug assertion "observed a send to a halted machine"
// Monitors observe the send itself, even when the target has halted and drops the event.
event Note;
event Die;
spec Witness observes Note {
  start state W {
    on Note do { assert false, "observed a send to a halted machine"; }
  }
}
machine Target {
  start state T {
    on Die do { raise halt; }
  }
}
machine Driver {
  var t: machine;
  start state D {
    entry {
      t = new Target();
      send t, Die;
      send this, Note;
    }
    on Note do { send t, Note; }
  }
}
test tcHalted [main=Driver]: assert Witness in { Driver, Target };
