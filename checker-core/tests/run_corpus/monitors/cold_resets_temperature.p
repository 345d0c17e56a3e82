// expect: pass
// liveness-threshold: 60
// schedules: 20
// Same spells, but the pause goes through the cold state, which resets the count.
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
    on Pause goto Cold;
    on Cool goto Cold;
    ignore Heat;
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
