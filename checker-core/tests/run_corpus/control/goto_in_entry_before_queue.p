// expect: pass
// A goto in an entry is taken before any queued event: the queued event is only seen by the target state.
event Job;
machine Main {
  start state Boot {
    entry {
      send this, Job;
      goto Ready;
    }
    on Job do { assert false, "Boot handled a queued event"; }
  }
  state Ready {
    on Job do { print "Ready took the job"; }
  }
}
