// expect: bug assertion "exit saw 2 steps"
// A monitor's transitions run exit functions like machines do.
event Step;
spec Stepper observes Step {
  var n: int;
  start state One {
    on Step goto Two with { n = n + 1; }
    exit { n = n + 10; }
  }
  state Two {
    entry { assert n == 2, "exit saw 2 steps"; }
    on Step goto Two;
  }
}
machine Driver {
  start state D { entry { announce Step; announce Step; } }
}
test tcStepper [main=Driver]: assert Stepper in { Driver };
