// expect: accepted
// Leader election on a unidirectional ring (largest id wins): nodes forward candidate ids, the winner announces itself, and a spec checks there is at most one leader.
// tests: tcRingOfThree, tcRingOfFive
event eConfigure : (next: RingNode, id: int);
event eCandidate : int;
event eElected : int;
event eLeaderChosen : int;
machine RingNode {
  var next: RingNode;
  var myId: int;
  var leader: int;
  start state Unconfigured {
    on eConfigure goto Electing with (cfg: (next: RingNode, id: int)) {
      next = cfg.next;
      myId = cfg.id;
    }
    defer eCandidate, eElected;
  }
  state Electing {
    entry { send next, eCandidate, myId; }
    on eCandidate do (id: int) {
      if (id > myId) {
        send next, eCandidate, id;
      } else if (id == myId) {
        announce eLeaderChosen, myId;
        send next, eElected, myId;
        goto Leading;
      }
    }
    on eElected goto Following with (id: int) {
      leader = id;
      send next, eElected, id;
    }
  }
  state Leading {
    ignore eCandidate, eElected;
  }
  state Following {
    ignore eCandidate, eElected;
  }
}
machine RingBuilder {
  start state Build {
    entry (size: int) {
      var nodes: seq[RingNode];
      var i: int;
      var ids: seq[int];
      while (i < size) {
        nodes += (i, new RingNode());
        ids += (i, (i * 7) % size);
        i = i + 1;
      }
      i = 0;
      while (i < size) {
        send nodes[i], eConfigure, (next = nodes[(i + 1) % size], id = ids[i] + 100 * i);
        i = i + 1;
      }
    }
  }
}
spec AtMostOneLeader observes eLeaderChosen {
  var chosen: bool;
  start hot state NoLeaderYet {
    on eLeaderChosen goto HasLeader;
  }
  cold state HasLeader {
    on eLeaderChosen do (id: int) { assert false, format("a second leader {0} was chosen", id); }
  }
}
machine RingOfThree {
  start state S { entry { new RingBuilder(3); } }
}
machine RingOfFive {
  start state S { entry { new RingBuilder(5); } }
}
module Ring = { RingNode, RingBuilder };
test tcRingOfThree [main=RingOfThree]: assert AtMostOneLeader in (union Ring, { RingOfThree });
test tcRingOfFive [main=RingOfFive]: assert AtMostOneLeader in (union Ring, { RingOfFive });
