// expect: rejected
// Scenario monitors are spec machines too (Machine.IsSpec includes IsScenario): no send, no defer, no nondeterminism.
event eStep;
event eOther;
scenario Walkthrough observes eStep {
  var coin: bool;
  start state A {
    defer eOther; // error: defer in a scenario
    on eStep do { send this, eOther; } // error: send (and `this`) in a scenario
  }
  cold state B {
    entry { coin = $; } // error: nondeterminism in a scenario
  }
}
machine Main {
  start state S { }
}
