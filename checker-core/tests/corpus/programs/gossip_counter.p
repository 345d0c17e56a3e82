// expect: accepted
// A gossip-based grow-only counter (G-Counter CRDT): each node increments its own slot and gossips its vector to random peers, merging by element-wise maximum; a spec checks each node's view never decreases.
// tests: tcGossip
event ePeers : seq[GossipNode];
event eGossip : map[int, int];
event eLocalIncrement;
event eViewChanged : (node: int, total: int);
fun Merge(a: map[int, int], b: map[int, int]): map[int, int] {
  var k: int;
  var out: map[int, int];
  out = a;
  foreach (k in keys(b)) {
    if (!(k in out) || out[k] < b[k]) { out[k] = b[k]; }
  }
  return out;
}
fun Total(v: map[int, int]): int {
  var n: int;
  var x: int;
  foreach (x in values(v)) { n = n + x; }
  return n;
}
machine GossipNode {
  var id: int;
  var peers: seq[GossipNode];
  var view: map[int, int];
  var rounds: int;
  start state Waiting {
    entry (i: int) { id = i; view[id] = 0; }
    on ePeers goto Active with (ps: seq[GossipNode]) { peers = ps; }
    defer eGossip, eLocalIncrement;
  }
  state Active {
    on eLocalIncrement do {
      view[id] = view[id] + 1;
      announce eViewChanged, (node = id, total = Total(view));
      Spread();
    }
    on eGossip do (other: map[int, int]) {
      view = Merge(view, other);
      announce eViewChanged, (node = id, total = Total(view));
      if (rounds < 3) { Spread(); }
    }
  }
  fun Spread() {
    rounds = rounds + 1;
    send choose(peers), eGossip, view;
  }
}
spec ViewsGrow observes eViewChanged {
  var last: map[int, int];
  start state Watch {
    on eViewChanged do (c: (node: int, total: int)) {
      if (c.node in last) { assert c.total >= last[c.node], "a view shrank"; }
      last[c.node] = c.total;
    }
  }
}
machine GossipSetup {
  start state Go {
    entry {
      var nodes: seq[GossipNode];
      var n: GossipNode;
      var i: int;
      while (i < 3) { nodes += (i, new GossipNode(i)); i = i + 1; }
      foreach (n in nodes) { send n, ePeers, nodes; send n, eLocalIncrement; }
    }
  }
}
test tcGossip [main=GossipSetup]: assert ViewsGrow in { GossipSetup, GossipNode };
