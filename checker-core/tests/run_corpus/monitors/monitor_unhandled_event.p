// expect: bug unhandled_event "Beta"
// Monitors have no implicit ignore: an observed event their state does not handle is a bug.
event Alpha;
event Beta;
spec Strict observes Alpha, Beta {
  start state OnlyAlpha {
    on Alpha do { }
  }
}
machine Driver {
  start state D {
    entry { announce Alpha; announce Beta; }
  }
}
test tcStrict [main=Driver]: assert Strict in { Driver };
