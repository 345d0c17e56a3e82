// expect: accepted
// Scenario monitors coexist with explicit tests; they do not change the list of tests.
// tests: tcWithScenario
event eStep;
scenario TwoSteps observes eStep {
  start state Zero { on eStep goto One; }
  state One { on eStep goto Two; }
  cold state Two { ignore eStep; }
}
machine Stepper {
  start state S { entry { announce eStep; announce eStep; } }
}
test tcWithScenario [main=Stepper]: { Stepper };
