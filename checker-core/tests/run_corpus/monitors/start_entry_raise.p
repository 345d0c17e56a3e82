// expect: bug liveness "Armed"
// A monitor's start entry may raise; the raised event is handled at once, before the main machine runs.
// Here it moves the monitor to a hot state that nothing ever leaves.
event Arm;
event Disarm;
spec Armed observes Disarm {
  start cold state Boot {
    entry { raise Arm; }
    on Arm goto Ready;
    ignore Disarm;
  }
  hot state Ready {
    entry { print "monitor armed before main"; }
    on Disarm goto Boot;
  }
}
machine Quiet {
  start state Q { entry { print "main runs"; } }
}
test tcArmed [main=Quiet]: assert Armed in { Quiet };
