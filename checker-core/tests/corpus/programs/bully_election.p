// expect: accepted
// The bully election algorithm: a node that notices the coordinator is gone challenges every higher-id node; if none answers it announces itself; a spec checks that no two distinct coordinators are announced.
// tests: tcBully
event eMembers : seq[BullyNode];
event eElection : (from: int, node: BullyNode);
event eAlive : int;
event eCoordinator : int;
event eAnnounced : int;
event eStart;
machine BullyNode {
  var id: int;
  var members: seq[BullyNode];
  var coordinator: int;
  start state Joining {
    entry (i: int) { id = i; coordinator = -1; }
    on eMembers goto Normal with (ms: seq[BullyNode]) { members = ms; }
    defer eElection, eCoordinator, eStart, eAlive;
  }
  state Normal {
    on eStart goto Electing;
    on eElection do (e: (from: int, node: BullyNode)) {
      if (id > e.from) { send e.node, eAlive, id; goto Electing; }
    }
    on eCoordinator do (c: int) { coordinator = c; }
    ignore eAlive;
  }
  state Electing {
    entry {
      var m: BullyNode;
      var i: int;
      foreach (m in members) {
        if (i > id) { send m, eElection, (from = id, node = this); }
        i = i + 1;
      }
      if (id == sizeof(members) - 1) { Win(); }
    }
    on eAlive goto Normal;
    on null do { Win(); }
    on eElection do (e: (from: int, node: BullyNode)) {
      if (id > e.from) { send e.node, eAlive, id; }
    }
    on eCoordinator goto Normal with (c: int) { coordinator = c; }
    ignore eStart;
  }
  state Leading {
    ignore eAlive, eStart, eElection, eCoordinator;
  }
  fun Win() {
    var m: BullyNode;
    coordinator = id;
    announce eAnnounced, id;
    foreach (m in members) { if (m != this) { send m, eCoordinator, id; } }
    goto Leading;
  }
}
spec OneCoordinator observes eAnnounced {
  var winner: int;
  var decided: bool;
  start state Watch {
    on eAnnounced do (id: int) {
      assert !decided || winner == id, format("coordinators {0} and {1}", winner, id);
      winner = id;
      decided = true;
    }
  }
}
machine BullySetup {
  start state Boot {
    entry {
      var nodes: seq[BullyNode];
      var n: BullyNode;
      var i: int;
      while (i < 3) { nodes += (i, new BullyNode(i)); i = i + 1; }
      foreach (n in nodes) { send n, eMembers, nodes; }
      send nodes[0], eStart;
    }
  }
}
test tcBully [main=BullySetup]: assert OneCoordinator in { BullySetup, BullyNode };
