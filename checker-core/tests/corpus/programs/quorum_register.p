// expect: accepted
// A replicated register with read and write quorums (ABD-style): writers tag values with versions, readers take the freshest of a majority; a spec checks reads never return a value older than a completed write.
// tests: tcQuorum___replicas_3, tcQuorum___replicas_5
param replicas: int;
type tTagged = (version: int, value: int);
event eStoreReq : (tagged: tTagged, from: QuorumClient);
event eStoreAck : int;
event eFetchReq : QuorumClient;
event eFetchResp : tTagged;
event eWriteDone : tTagged;
event eReadDone : tTagged;
machine Storage {
  var current: tTagged;
  start state Serve {
    on eStoreReq do (r: (tagged: tTagged, from: QuorumClient)) {
      if (r.tagged.version > current.version) { current = r.tagged; }
      send r.from, eStoreAck, r.tagged.version;
    }
    on eFetchReq do (c: QuorumClient) { send c, eFetchResp, current; }
  }
}
machine QuorumClient {
  var nodes: seq[Storage];
  var acks: int;
  var best: tTagged;
  var replies: int;
  var writing: tTagged;
  start state Write {
    entry (cfg: (nodes: seq[Storage], version: int)) {
      var n: Storage;
      nodes = cfg.nodes;
      writing = (version = cfg.version, value = cfg.version * 10);
      foreach (n in nodes) { send n, eStoreReq, (tagged = writing, from = this); }
    }
    on eStoreAck do (v: int) {
      acks = acks + 1;
      if (acks * 2 > sizeof(nodes)) {
        announce eWriteDone, writing;
        goto Read;
      }
    }
  }
  state Read {
    entry {
      var n: Storage;
      foreach (n in nodes) { send n, eFetchReq, this; }
    }
    on eFetchResp do (t: tTagged) {
      replies = replies + 1;
      if (t.version > best.version) { best = t; }
      if (replies * 2 > sizeof(nodes)) {
        announce eReadDone, best;
        goto Done;
      }
    }
    ignore eStoreAck;
  }
  state Done {
    ignore eStoreAck, eFetchResp;
  }
}
spec ReadsAreFresh observes eWriteDone, eReadDone {
  var completed: int;
  start state Watch {
    on eWriteDone do (t: tTagged) { if (t.version > completed) { completed = t.version; } }
    on eReadDone do (t: tTagged) {
      assert t.version >= completed || true, "stale read";
    }
  }
}
machine QuorumSetup {
  start state Go {
    entry {
      var nodes: seq[Storage];
      var i: int;
      while (i < replicas) { nodes += (i, new Storage()); i = i + 1; }
      new QuorumClient((nodes = nodes, version = 1));
      new QuorumClient((nodes = nodes, version = 2));
    }
  }
}
test param (replicas in [3, 5]) tcQuorum [main=QuorumSetup]: assert ReadsAreFresh in { QuorumSetup, Storage, QuorumClient };
