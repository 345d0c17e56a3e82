// expect: pass
// prints: "done without the deferred events"
// Events deferred in one state are purged when the next state ignores them.
event Msg;
event Next;
event Finish;
machine Main {
  start state Holding {
    defer Msg;
    entry { send this, Msg; send this, Msg; send this, Next; }
    on Next goto Dropping;
  }
  state Dropping {
    ignore Msg;
    entry { send this, Finish; }
    on Finish goto Checking;
  }
  state Checking {
    entry { send this, Finish; }
    on Msg do { assert false, "a deferred event survived the ignoring state"; }
    on Finish do { print "done without the deferred events"; }
  }
}
