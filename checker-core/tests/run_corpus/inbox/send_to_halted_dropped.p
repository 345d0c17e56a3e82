// expect: pass
// Sending to a machine that has already halted is not an error: the event is dropped.
event Ack;
event Bye;
machine Main {
  var p: machine;
  var acks: int;
  start state Init {
    entry {
      p = new Partner(this);
    }
    on Ack do {
      acks = acks + 1;
      send p, Bye;
      send p, Bye;
      send p, Bye;
    }
  }
}
machine Partner {
  start state Run {
    entry (boss: machine) {
      send boss, Ack;
      raise halt;
    }
    on Bye do { assert false, "a halted machine handled an event"; }
  }
}
