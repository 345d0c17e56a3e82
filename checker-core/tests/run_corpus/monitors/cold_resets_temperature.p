// expect: pass
// liveness-threshold: 60
// schedules: 20
// Three hot spells of about 25 steps each, separated by short stays in the cold state, which resets the
// count: together they exceed the threshold of 60, but no single spell does.
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
      send this, Tick, 12;
    }
    on Tick do (n: int) {
      if (n > 0) {
        send this, Tick, n - 1;
      } else {
        phase = phase + 1;
        if (phase % 2 == 1 && phase < 5) { announce Pause; send this, Tick, 3; }
        else if (phase < 5) { announce Heat; send this, Tick, 12; }
        else { announce Cool; }
      }
    }
  }
}
test tcThermo [main=Driver]: assert Thermo in { Driver };
