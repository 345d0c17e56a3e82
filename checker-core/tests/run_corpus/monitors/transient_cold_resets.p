// expect: pass
// liveness-threshold: 50
// schedules: 10
// Entering a cold state resets the temperature, even when the monitor leaves it again within the same
// observation (here the cold state's entry goes straight back to a hot state). Six hot spells of about
// 25 steps each, separated by such blips, never exceed a threshold of 50.
event Heat;
event Blip;
event Cool;
event Tick: int;
spec Thermo observes Heat, Blip, Cool {
  start cold state Cold {
    on Heat goto Hot;
    ignore Blip, Cool;
  }
  hot state Hot {
    on Blip goto Passing;
    on Cool goto Cold;
    ignore Heat;
  }
  cold state Passing {
    entry { goto Hot; }
  }
}
machine Driver {
  var spells: int;
  start state Run {
    entry {
      announce Heat;
      send this, Tick, 12;
    }
    on Tick do (n: int) {
      if (n > 0) {
        send this, Tick, n - 1;
      } else {
        spells = spells + 1;
        if (spells < 6) { announce Blip; send this, Tick, 12; }
        else { announce Cool; }
      }
    }
  }
}
test tcBlips [main=Driver]: assert Thermo in { Driver };
