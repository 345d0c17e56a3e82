// expect: bug max_steps
// fail-on-max-steps: true
// max-steps: 200
// schedules: 5
// An `on null` goto to its own state can run forever; with fail-on-max-steps the bound is a bug.
machine Main {
  var rounds: int;
  start state Spin {
    on null goto Spin with { rounds = rounds + 1; }
  }
}
