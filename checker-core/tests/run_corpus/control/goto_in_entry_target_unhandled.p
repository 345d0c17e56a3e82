// expect: bug unhandled_event "Job"
// Same shape, but the target state has no handler: the queued event is unhandled there.
event Job;
machine Main {
  start state Boot {
    entry {
      send this, Job;
      goto Ready;
    }
    on Job do { print "never"; }
  }
  state Ready {
  }
}
