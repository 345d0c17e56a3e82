// expect: pass
// Events a monitor does not observe never reach it.
event Seen;
event Unseen;
spec Narrow observes Seen {
  start state S {
    on Seen do { }
  }
}
machine Driver {
  start state D {
    entry { send this, Unseen; send this, Seen; announce Unseen; }
    on Seen, Unseen do { }
  }
}
test tcNarrow [main=Driver]: assert Narrow in { Driver };
