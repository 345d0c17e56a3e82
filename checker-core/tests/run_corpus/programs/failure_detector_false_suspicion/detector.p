// expect: bug assertion "a live node was suspected"
// schedules: 2000
// A heartbeat failure detector: each round the detector pings every node not yet suspected and starts a
// timer; nodes that have not answered when the timer fires are suspected. A failure injector first
// crashes a nondeterministic subset of the nodes (a crashed node halts and never answers), then starts
// the detector. A timer may fire before a live node's answer arrives, so the safety spec "only crashed
// nodes are suspected" fails: this detector is not accurate.
event Ping: machine;
event Pong: machine;
event StartTimer: machine;
event Timeout;
event Crash;
event Crashed: machine;
event Suspect: machine;

machine Node {
  start state Alive {
    on Ping do (d: machine) { send d, Pong, this; }
    on Crash do {
      announce Crashed, this;
      raise halt;
    }
  }
}

machine Timer {
  start state Idle {
    on StartTimer do (owner: machine) { send owner, Timeout; }
  }
}

machine Detector {
  var nodes: seq[machine];
  var timer: machine;
  var answered: set[machine];
  var suspected: set[machine];
  var round: int;
  start state Init {
    entry (ns: seq[machine]) {
      nodes = ns;
      timer = new Timer();
      goto Probe;
    }
  }
  state Probe {
    entry {
      var i: int;
      round = round + 1;
      answered = default(set[machine]);
      while (i < sizeof(nodes)) {
        if (!(nodes[i] in suspected)) { send nodes[i], Ping, this; }
        i = i + 1;
      }
      send timer, StartTimer, this;
    }
    on Pong do (n: machine) { answered += (n); }
    on Timeout do {
      var i: int;
      while (i < sizeof(nodes)) {
        if (!(nodes[i] in answered) && !(nodes[i] in suspected)) {
          suspected += (nodes[i]);
          announce Suspect, nodes[i];
        }
        i = i + 1;
      }
      print format("round {0} done", round);
      if (round < 2) { goto Probe; }
      goto Finished;
    }
  }
  state Finished {
    ignore Pong, Timeout;
  }
}

machine FDMain {
  start state Init {
    entry {
      var ns: seq[machine];
      var i: int;
      while (i < 3) { ns += (i, new Node()); i = i + 1; }
      i = 0;
      while (i < 3) {
        if ($) { send ns[i], Crash; }
        i = i + 1;
      }
      new Detector(ns);
    }
  }
}
