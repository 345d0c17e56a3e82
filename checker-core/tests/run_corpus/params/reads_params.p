// test: tcWorkers___workers_1
// expect: pass
// test: tcWorkers___workers_3
// expect: pass
// prints: "started 3 workers"
// Parametric tests: each generated test sees its own value of the global parameter.
param workers: int;
event Hello: int;
machine Boss {
  var seen: int;
  start state Hire {
    entry {
      var i: int;
      while (i < workers) { new Helper((boss = this, id = i)); i = i + 1; }
      print format("started {0} workers", workers);
    }
    on Hello do (id: int) {
      seen = seen + 1;
      assert id < workers && seen <= workers;
    }
  }
}
machine Helper {
  start state H {
    entry (cfg: (boss: machine, id: int)) { send cfg.boss, Hello, cfg.id; }
  }
}
test param (workers in [1, 3]) tcWorkers [main=Boss]: { Boss, Helper };
