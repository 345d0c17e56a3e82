// A node may be suspected before it processes its crash (it was already silent): such a crash counts as
// detected.
spec AllCrashesDetected observes Crashed, Suspect {
  var unreported: set[machine];
  var suspected: set[machine];
  start cold state Quiet {
    on Crashed do (n: machine) {
      if (!(n in suspected)) { unreported += (n); goto Unreported; }
    }
    on Suspect do (n: machine) { suspected += (n); }
  }
  hot state Unreported {
    on Crashed do (n: machine) {
      if (!(n in suspected)) { unreported += (n); }
    }
    on Suspect do (n: machine) {
      suspected += (n);
      unreported -= (n);
      if (sizeof(unreported) == 0) { goto Quiet; }
    }
  }
}

test tcDetector [main=FDMain]: assert AllCrashesDetected in { FDMain, Node, Timer, Detector };
