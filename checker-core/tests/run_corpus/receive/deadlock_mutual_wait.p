// expect: bug deadlock
// Two machines each waiting for the other.
event Token;
event Peer: machine;
machine Main {
  var other: machine;
  start state Init {
    entry {
      other = new Twin();
      send other, Peer, this;
      receive { case Token: { } }
      send other, Token;
    }
  }
}
machine Twin {
  start state Wait {
    on Peer do (p: machine) {
      receive { case Token: { } }
      send p, Token;
    }
  }
}
