// expect: accepted
// Any expression of machine type can be a send target: collection elements, call results, tuple fields, `new` expressions and `this`.
// tests: DefaultImpl
event eHi;
machine Peer {
  start state P { ignore eHi; }
}
machine Main {
  var peers: seq[Peer];
  var pair: (left: Peer, right: Peer);
  fun First(): Peer { return peers[0]; }
  start state S {
    entry {
      peers += (0, new Peer());
      pair = (left = peers[0], right = new Peer());
      send peers[0], eHi;
      send First(), eHi;
      send pair.right, eHi;
      send new Peer(), eHi;
      send this, eHi;
    }
    ignore eHi;
  }
}
