// expect: bug assertion "second Lock while locked"
// A monitor's transition is complete when the observed send returns: the next observation sees the new state.
event Lock;
event Unlock;
spec Mutex observes Lock, Unlock {
  start state Free {
    on Lock goto Held;
    on Unlock do { assert false, "unlock while free"; }
  }
  state Held {
    on Lock do { assert false, "second Lock while locked"; }
    on Unlock goto Free;
  }
}
machine Driver {
  start state D {
    entry {
      send this, Lock;
      send this, Unlock;
      send this, Lock;
      send this, Lock;
    }
    ignore Lock, Unlock;
  }
}
test tcMutex [main=Driver]: assert Mutex in { Driver };
