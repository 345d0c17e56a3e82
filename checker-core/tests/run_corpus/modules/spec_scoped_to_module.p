// expect: pass
// prints: "loud sent its note"
// `assert S in m` attaches S to the interfaces of m only: a machine added to the test outside that
// module is not observed, even when it sends an event S observes.
event Note;
spec Deaf observes Note {
  start state S {
    on Note do { assert false, "observed a machine outside its module"; }
  }
}
machine Quiet {
  start state Q { entry { new Loud(); } }
}
machine Loud {
  start state L {
    entry { send this, Note; print "loud sent its note"; }
    on Note do { }
  }
}
test tcScoped [main=Quiet]: union (assert Deaf in { Quiet }), { Loud };
