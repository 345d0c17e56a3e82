// expect: pass
// Several monitors attached to one test each observe their own events.
event Open;
event Close;
spec Balanced observes Open, Close {
  var depth: int;
  start state S {
    on Open do { depth = depth + 1; }
    on Close do { depth = depth - 1; assert depth >= 0; }
  }
}
spec EndsClosed observes Open, Close {
  start cold state Shut {
    on Open goto Ajar;
    on Close do { }
  }
  hot state Ajar {
    on Close goto Shut;
    on Open do { }
  }
}
machine Driver {
  start state D {
    entry { announce Open; announce Close; announce Open; announce Close; }
  }
}
test tcTwo [main=Driver]: assert Balanced, EndsClosed in { Driver };
