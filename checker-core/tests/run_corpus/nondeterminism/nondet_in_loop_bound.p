// expect: pass
// Schedule-dependent data flow that still keeps the invariant: the server sees each value once.
event Val: int;
machine Main {
  start state Init {
    entry {
      var s: machine;
      var i: int;
      s = new Collector();
      while (i < 4) {
        new Sender((dest = s, v = i * 2 + choose(2)));
        i = i + 1;
      }
    }
  }
}
machine Sender {
  start state S {
    entry (cfg: (dest: machine, v: int)) { send cfg.dest, Val, cfg.v; }
  }
}
machine Collector {
  var seen: set[int];
  start state C {
    on Val do (v: int) {
      assert !(v in seen);
      seen += (v);
      assert sizeof(seen) <= 4;
    }
  }
}
