// expect: pass
// A monitor state may ignore observed events.
event Alpha;
event Beta;
spec Relaxed observes Alpha, Beta {
  start state OnlyAlpha {
    ignore Beta;
    on Alpha do { }
  }
}
machine Driver {
  start state D {
    entry { announce Alpha; announce Beta; announce Alpha; }
  }
}
test tcRelaxed [main=Driver]: assert Relaxed in { Driver };
