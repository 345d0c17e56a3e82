// expect: pass
// max-steps: 300
// schedules: 5
// A machine blocked in receive is not a deadlock while another machine can still run: here one with an
// `on null` handler keeps running until the step bound ends the execution (not a bug).
event Never;
machine Main {
  start state Init {
    entry {
      new Spinner();
      receive { case Never: { } }
    }
  }
}
machine Spinner {
  var n: int;
  start state Spin {
    on null do { n = n + 1; }
  }
}
