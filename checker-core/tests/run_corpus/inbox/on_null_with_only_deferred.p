// expect: pass
// prints: "idle with 2 deferred"
// Deferred events are not dequeuable, so a state with `on null` and only deferred events waiting runs
// its default handler.
event Later;
machine Main {
  start state Hold {
    defer Later;
    entry { send this, Later; send this, Later; }
    on null goto Release with { print "idle with 2 deferred"; }
  }
  state Release {
    on Later do { }
  }
}
