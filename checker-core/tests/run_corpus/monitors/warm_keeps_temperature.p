// expect: bug liveness "potential liveness bug"
// liveness-threshold: 60
// schedules: 20
// Under a fair scheduler a monitor's hot steps accumulate; an unannotated (warm) state pauses the count
// but does not reset it, so two hot spells of about 40 steps exceed a threshold of 60.
event Heat;
event Pause;
event Cool;
event Tick: int;
spec Thermo observes Heat, Pause, Cool {
  start cold state Cold {
    on Heat goto Hot;
    ignore Pause, Cool;
  }
  hot state Hot {
    on Pause goto Warm;
    on Cool goto Cold;
    ignore Heat;
  }
  state Warm {
    on Heat goto Hot;
    on Cool goto Cold;
    ignore Pause;
  }
}
machine Driver {
  var phase: int;
  start state Run {
    entry {
      announce Heat;
      send this, Tick, 20;
    }
    on Tick do (n: int) {
      if (n > 0) {
        send this, Tick, n - 1;
      } else {
        phase = phase + 1;
        if (phase == 1) { announce Pause; send this, Tick, 20; }
        else if (phase == 2) { announce Heat; send this, Tick, 20; }
        else { announce Cool; }
      }
    }
  }
}
test tcThermo [main=Driver]: assert Thermo in { Driver };
