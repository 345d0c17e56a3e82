// expect: pass
// prints: "worker exits"
// Raising halt where it is not handled halts the machine gracefully; later sends to it are dropped.
event Ping;
machine Main {
  var w: machine;
  start state Init {
    entry {
      w = new Worker();
      send w, Ping;
      send w, Ping;
      send w, Ping;
    }
  }
}
machine Worker {
  start state Up {
    on Ping do { raise halt; }
    exit { print "worker exits"; }
  }
}
