// expect: bug assertion "leader"
// schedules: 2000
// A "faster" election: a node that receives a smaller identifier before any larger one declares itself
// leader at once. Depending on the placement of identifiers, a wrong node wins, or two nodes do.
event Wire: (next: machine, ident: int);
event Candidate: int;
event Elected: int;
event LeaderIs: int;

machine Node {
  var next: machine;
  var ident: int;
  var leader: int;
  var sawLarger: bool;
  var declared: bool;
  start state Wiring {
    defer Candidate, LeaderIs;
    on Wire goto Electing with (w: (next: machine, ident: int)) {
      next = w.next;
      ident = w.ident;
    }
  }
  state Electing {
    entry { send next, Candidate, ident; }
    on Candidate do (c: int) {
      if (c > ident) { sawLarger = true; send next, Candidate, c; }
      else if (!declared && (c == ident || !sawLarger)) {
        declared = true;
        announce Elected, ident;
        print format("elected {0}", ident);
        send next, LeaderIs, ident;
      }
    }
    on LeaderIs goto Done with (l: int) {
      leader = l;
      if (l != ident) { send next, LeaderIs, l; }
    }
  }
  state Done {
    ignore Candidate, LeaderIs;
  }
}

machine Election {
  start state Build {
    entry {
      var nodes: seq[machine];
      var ids: seq[int];
      var pool: seq[int];
      var i: int;
      var k: int;
      pool += (0, 3); pool += (1, 9); pool += (2, 4); pool += (3, 7);
      while (sizeof(pool) > 0) {
        k = choose(sizeof(pool));
        ids += (sizeof(ids), pool[k]);
        pool -= k;
      }
      while (i < 4) { nodes += (i, new Node()); i = i + 1; }
      i = 0;
      while (i < 4) {
        send nodes[i], Wire, (next = nodes[(i + 1) % 4], ident = ids[i]);
        i = i + 1;
      }
    }
  }
}

spec OneLeader observes Elected {
  start hot state NoLeader {
    on Elected goto HasLeader with (l: int) { assert l == 9, format("leader {0} elected instead of 9", l); }
  }
  cold state HasLeader {
    on Elected do (l: int) { assert false, format("a second leader {0}", l); }
  }
}

test tcElection [main=Election]: assert OneLeader in { Election, Node };
