// expect: bug assertion "lost update"
// schedules: 2000
// Two clients read-modify-write a shared counter without coordination; some interleaving loses one
// increment.
event Read: machine;
event Value: int;
event Write: int;
event Done;
machine Store {
  var v: int;
  var writes: int;
  start state S {
    on Read do (c: machine) { send c, Value, v; }
    on Write do (n: int) {
      v = n;
      writes = writes + 1;
      if (writes == 2) { assert v == 2, "lost update"; }
    }
  }
}
machine Incr {
  var store: machine;
  start state Go {
    entry (s: machine) {
      store = s;
      send s, Read, this;
    }
    on Value do (n: int) { send store, Write, n + 1; }
  }
}
machine Main {
  start state Init {
    entry {
      var s: machine;
      s = new Store();
      new Incr(s);
      new Incr(s);
    }
  }
}
