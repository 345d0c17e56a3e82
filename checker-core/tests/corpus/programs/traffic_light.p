// expect: accepted
// A traffic-light controller cycling through an enum of phases on timer ticks, with a pedestrian button that is deferred while the light is changing, a safety spec (never green both ways) and a liveness spec (a pressed button is eventually served).
// tests: tcIntersection
enum tPhase { NS_GREEN, NS_YELLOW, EW_GREEN, EW_YELLOW, ALL_RED }
event eTick;
event eButton;
event ePhase : tPhase;
event eWalk;
machine Ticker {
  var target: Controller;
  var ticks: int;
  start state Run {
    entry (c: Controller) {
      target = c;
      while (ticks < 8) { send target, eTick; ticks = ticks + 1; }
    }
  }
}
machine Controller {
  var phase: tPhase;
  var pedestrianWaiting: bool;
  fun Show(p: tPhase) { phase = p; announce ePhase, p; }
  start state Init {
    entry { new Ticker(this); goto NorthSouth; }
  }
  state NorthSouth {
    entry { Show(NS_GREEN); }
    on eTick goto NorthSouthYellow;
    on eButton do { pedestrianWaiting = true; }
  }
  state NorthSouthYellow {
    entry { Show(NS_YELLOW); }
    on eTick goto Clear;
    defer eButton;
  }
  state Clear {
    entry {
      Show(ALL_RED);
      if (pedestrianWaiting) { announce eWalk; pedestrianWaiting = false; }
    }
    on eTick goto EastWest;
    on eButton do { announce eWalk; }
  }
  state EastWest {
    entry { Show(EW_GREEN); }
    on eTick goto EastWestYellow;
    on eButton do { pedestrianWaiting = true; }
  }
  state EastWestYellow {
    entry { Show(EW_YELLOW); }
    on eTick goto NorthSouth;
    defer eButton;
  }
}
spec NeverBothGreen observes ePhase {
  var last: tPhase;
  start state Watch {
    entry { last = ALL_RED; }
    on ePhase do (p: tPhase) {
      assert !(p == NS_GREEN && last == EW_GREEN) && !(p == EW_GREEN && last == NS_GREEN), "green directly after the crossing green";
      last = p;
    }
  }
}
spec ButtonServed observes eButton, eWalk {
  start cold state Nobody {
    on eButton goto Waiting;
    ignore eWalk;
  }
  hot state Waiting {
    on eWalk goto Nobody;
    ignore eButton;
  }
}
machine Pedestrian {
  start state P {
    entry {
      var c: Controller;
      c = new Controller();
      if ($) { send c, eButton; announce eButton; }
    }
  }
}
test tcIntersection [main=Pedestrian]: assert NeverBothGreen, ButtonServed in { Pedestrian, Controller, Ticker };
