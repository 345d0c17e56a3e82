// expect: pass
// max-steps: 200
// schedules: 5
// Without fail-on-max-steps, reaching the step bound ends the schedule quietly.
machine Main {
  var rounds: int;
  start state Spin {
    on null goto Spin with { rounds = rounds + 1; }
  }
}
