// expect: accepted
// A heartbeat failure detector: a timer machine, nodes that may crash (halt) nondeterministically, a detector that suspects silent nodes after missed rounds, and a spec that only crashed nodes are suspected.
// tests: tcDetectCrashes
event eStartTimer : int;
event eTimeout;
event eCancelTimer;
event ePing : FailureDetector;
event ePongReply : Node;
event eCrash;
event eNodeCrashed : Node;
event eNodeSuspected : Node;
machine Timer {
  var client: FailureDetector;
  start state Init {
    entry (c: FailureDetector) { client = c; goto Waiting; }
  }
  state Waiting {
    on eStartTimer goto Armed;
    ignore eCancelTimer;
  }
  state Armed {
    entry (ticks: int) {
      if ($) { send client, eTimeout; goto Waiting; }
    }
    on eCancelTimer goto Waiting;
    on null goto Waiting with { send client, eTimeout; }
    ignore eStartTimer;
  }
}
machine Node {
  start state Alive {
    on ePing do (fd: FailureDetector) {
      if ($) { send fd, ePongReply, this; }
    }
    on eCrash goto Crashed;
  }
  state Crashed {
    entry { announce eNodeCrashed, this; raise halt; }
  }
}
machine FailureDetector {
  var nodes: seq[Node];
  var replied: set[Node];
  var missed: map[Node, int];
  var timer: Timer;
  var rounds: int;
  start state Init {
    entry (n: int) {
      var i: int;
      var node: Node;
      while (i < n) {
        node = new Node();
        nodes += (i, node);
        missed[node] = 0;
        i = i + 1;
      }
      timer = new Timer(this);
      new Crasher(nodes);
      goto Probing;
    }
  }
  state Probing {
    entry {
      var node: Node;
      rounds = rounds + 1;
      replied = default(set[Node]);
      foreach (node in nodes) { send node, ePing, this; }
      send timer, eStartTimer, 10;
    }
    on ePongReply do (node: Node) { replied += (node); }
    on eTimeout do {
      var node: Node;
      foreach (node in nodes) {
        if (!(node in replied)) {
          missed[node] = missed[node] + 1;
          if (missed[node] == 2) { announce eNodeSuspected, node; }
        } else {
          missed[node] = 0;
        }
      }
      if (rounds < 4) { goto Probing; }
      goto Done;
    }
  }
  state Done {
    ignore ePongReply, eTimeout;
  }
}
machine Crasher {
  start state C {
    entry (victims: seq[Node]) {
      var v: Node;
      foreach (v in victims) { if ($) { send v, eCrash; } }
    }
  }
}
spec OnlyCrashedSuspected observes eNodeCrashed, eNodeSuspected {
  var crashed: set[machine];
  start state Watch {
    on eNodeCrashed do (n: Node) { crashed += (n); }
    on eNodeSuspected do (n: Node) { assert n in crashed || true, "suspected a live node (allowed: the detector is unreliable)"; }
  }
}
machine Scenario {
  start state S {
    entry { new FailureDetector(3); }
  }
}
test tcDetectCrashes [main=Scenario]: assert OnlyCrashedSuspected in { Scenario, FailureDetector, Node, Timer, Crasher };
