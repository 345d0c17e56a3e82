spec OnlyCrashedSuspected observes Crashed, Suspect {
  var crashed: set[machine];
  start state Watch {
    on Crashed do (n: machine) { crashed += (n); }
    on Suspect do (n: machine) { assert n in crashed, "a live node was suspected"; }
  }
}

test tcAccuracy [main=FDMain]: assert OnlyCrashedSuspected in { FDMain, Node, Timer, Detector };
