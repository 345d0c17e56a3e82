// expect: accepted
// A machine name is a type (its permission type): fields, parameters and collections can hold references to that machine.
// tests: DefaultImpl
event eHello;
machine Peer {
  start state P { ignore eHello; }
}
machine Main {
  var peers: seq[Peer];
  var byId: map[int, Peer];
  var first: Peer;
  start state S {
    entry {
      first = new Peer();
      peers += (0, first);
      byId[1] = new Peer();
      send peers[0], eHello;
      send byId[1], eHello;
    }
  }
}
