// expect: accepted
// Monitors may raise events to themselves and goto other states, including with payloads and `with` functions.
// tests: DefaultImpl
event eStep : int;
event eInternal;
spec Stepper observes eStep {
  var steps: int;
  start state Counting {
    on eStep do (n: int) {
      steps = steps + n;
      if (steps > 10) { raise eInternal; }
    }
    on eInternal goto Saturated with { steps = 0; }
  }
  state Saturated {
    entry { goto Counting; }
    ignore eStep;
  }
}
machine Main {
  start state S { entry { announce eStep, 11; } }
}
