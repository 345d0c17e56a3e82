// expect: bug unhandled_event "Surprise"
// An event the receiver's current state neither handles, defers nor ignores.
event Surprise;
event Hello;
machine Main {
  start state Init {
    entry {
      var p: machine;
      p = new Peer();
      send p, Hello;
      send p, Surprise;
    }
  }
}
machine Peer {
  start state Greet {
    on Hello goto Settled;
  }
  state Settled {
    ignore Hello;
  }
}
