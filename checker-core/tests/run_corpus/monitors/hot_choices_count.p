// expect: bug liveness "potential liveness bug in hot state 'Hot'"
// liveness-threshold: 100
// schedules: 5
// Nondeterministic choices are scheduling steps for the liveness temperature too: a handler making 200
// choices while the monitor is hot exceeds a threshold of 100, although it is a single handler.
event Heat;
event Cool;
spec Thermo observes Heat, Cool {
  start cold state Cold {
    on Heat goto Hot;
    ignore Cool;
  }
  hot state Hot {
    on Cool goto Cold;
    ignore Heat;
  }
}
machine Driver {
  var heads: int;
  start state Run {
    entry {
      var i: int;
      announce Heat;
      while (i < 200) {
        if ($) { heads = heads + 1; }
        i = i + 1;
      }
      announce Cool;
    }
  }
}
test tcChoices [main=Driver]: assert Thermo in { Driver };
