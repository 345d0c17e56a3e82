// expect: pass
// A raised event that the state defers is silently lost (deferral only concerns queued events), so the
// next state never sees it.
event Later;
event Go;
machine Main {
  var gotLater: bool;
  start state Hold {
    defer Later;
    entry {
      send this, Go;
      raise Later;
    }
    on Go goto Open;
  }
  state Open {
    entry { }
    on Later do { gotLater = true; assert false, "the raised deferred event came back"; }
  }
}
