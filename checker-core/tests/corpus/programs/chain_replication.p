// expect: accepted
// Chain replication: writes enter at the head and flow down the chain, the tail acknowledges and serves reads; a spec checks that reads only return acknowledged writes.
// tests: tcChainOfThree
type tWrite = (key: string, value: int, client: ChainClient, reqId: int);
event eWrite : tWrite;
event eRead : (key: string, client: ChainClient, reqId: int);
event eWriteAck : int;
event eReadReply : (reqId: int, value: int, found: bool);
event eSetSuccessor : ChainNode;
event eSetTail : ChainNode;
event eCommitted : (key: string, value: int);
event eServed : (key: string, value: int, found: bool);
machine ChainNode {
  var successor: ChainNode;
  var isTail: bool;
  var store: map[string, int];
  start state Configuring {
    on eSetSuccessor goto Running with (s: ChainNode) { successor = s; isTail = false; }
    on eSetTail goto Running with (me: ChainNode) { isTail = true; }
    defer eWrite, eRead;
  }
  state Running {
    on eWrite do (w: tWrite) {
      store[w.key] = w.value;
      if (isTail) {
        announce eCommitted, (key = w.key, value = w.value);
        send w.client, eWriteAck, w.reqId;
      } else {
        send successor, eWrite, w;
      }
    }
    on eRead do (r: (key: string, client: ChainClient, reqId: int)) {
      assert isTail, "reads are served by the tail";
      if (r.key in store) {
        announce eServed, (key = r.key, value = store[r.key], found = true);
        send r.client, eReadReply, (reqId = r.reqId, value = store[r.key], found = true);
      } else {
        announce eServed, (key = r.key, value = 0, found = false);
        send r.client, eReadReply, (reqId = r.reqId, value = 0, found = false);
      }
    }
  }
}
machine ChainClient {
  var head: ChainNode;
  var tail: ChainNode;
  var next: int;
  start state Working {
    entry (ends: (head: ChainNode, tail: ChainNode)) {
      head = ends.head;
      tail = ends.tail;
      send head, eWrite, (key = "x", value = 1, client = this, reqId = 1);
      send tail, eRead, (key = "x", client = this, reqId = 2);
    }
    on eWriteAck do (id: int) { send tail, eRead, (key = "x", client = this, reqId = id + 10); }
    on eReadReply do (r: (reqId: int, value: int, found: bool)) {
      if (r.found) { assert r.value == 1; }
    }
  }
}
spec ReadsSeeCommitted observes eCommitted, eServed {
  var committed: map[string, int];
  start state Watch {
    on eCommitted do (c: (key: string, value: int)) { committed[c.key] = c.value; }
    on eServed do (s: (key: string, value: int, found: bool)) {
      if (s.found) {
        assert s.key in committed && committed[s.key] == s.value, "read returned an uncommitted value";
      }
    }
  }
}
machine ChainSetup {
  start state Build {
    entry {
      var head: ChainNode;
      var middle: ChainNode;
      var tail: ChainNode;
      head = new ChainNode();
      middle = new ChainNode();
      tail = new ChainNode();
      send head, eSetSuccessor, middle;
      send middle, eSetSuccessor, tail;
      send tail, eSetTail, tail;
      new ChainClient((head = head, tail = tail));
    }
  }
}
test tcChainOfThree [main=ChainSetup]: assert ReadsSeeCommitted in { ChainSetup, ChainNode, ChainClient };
