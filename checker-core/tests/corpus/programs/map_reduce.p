// expect: accepted
// A MapReduce coordinator: splits are assigned to workers, workers may crash (halt) before reporting, the coordinator reassigns timed-out splits, and a spec checks every split's result is counted exactly once.
// tests: tcMapReduce___nWorkers_2__crashes_true, tcMapReduce___nWorkers_3__crashes_true, tcMapReduce___nWorkers_2__crashes_false, tcMapReduce___nWorkers_3__crashes_false
param nWorkers: int;
param crashes: bool;
type tSplit = (id: int, words: seq[string]);
event eAssign : (split: tSplit, coordinator: Coordinator);
event eResult : (splitId: int, counts: map[string, int], worker: MrWorker);
event eCheckTimeouts;
event eSplitCounted : int;
machine MrWorker {
  start state Idle {
    on eAssign do (a: (split: tSplit, coordinator: Coordinator)) {
      var counts: map[string, int];
      var w: string;
      if (crashes && $) { raise halt; }
      foreach (w in a.split.words) {
        if (!(w in counts)) { counts[w] = 0; }
        counts[w] = counts[w] + 1;
      }
      send a.coordinator, eResult, (splitId = a.split.id, counts = counts, worker = this);
    }
  }
}
machine Coordinator {
  var workers: seq[MrWorker];
  var pending: map[int, tSplit];
  var totals: map[string, int];
  var rounds: int;
  start state Setup {
    entry (splits: seq[tSplit]) {
      var i: int;
      var s: tSplit;
      while (i < nWorkers) { workers += (i, new MrWorker()); i = i + 1; }
      foreach (s in splits) { pending[s.id] = s; }
      goto Running;
    }
  }
  state Running {
    entry {
      var id: int;
      foreach (id in keys(pending)) {
        send workers[id % sizeof(workers)], eAssign, (split = pending[id], coordinator = this);
      }
      send this, eCheckTimeouts;
    }
    on eResult do (r: (splitId: int, counts: map[string, int], worker: MrWorker)) {
      var w: string;
      if (!(r.splitId in pending)) { return; }
      pending -= r.splitId;
      announce eSplitCounted, r.splitId;
      foreach (w in keys(r.counts)) {
        if (!(w in totals)) { totals[w] = 0; }
        totals[w] = totals[w] + r.counts[w];
      }
      if (sizeof(pending) == 0) { goto Done; }
    }
    on eCheckTimeouts do {
      rounds = rounds + 1;
      if (sizeof(pending) > 0 && rounds < 3 && $) { goto Running; }
    }
  }
  state Done {
    ignore eResult, eCheckTimeouts;
  }
}
spec CountedOnce observes eSplitCounted {
  var counted: set[int];
  start state Watch {
    on eSplitCounted do (id: int) {
      assert !(id in counted), format("split {0} counted twice", id);
      counted += (id);
    }
  }
}
machine Job {
  start state Submit {
    entry {
      var splits: seq[tSplit];
      var words: seq[string];
      words += (0, "a");
      words += (1, "b");
      words += (2, "a");
      splits += (0, (id = 0, words = words));
      splits += (1, (id = 1, words = words));
      splits += (2, (id = 2, words = default(seq[string])));
      new Coordinator(splits);
    }
  }
}
test param (nWorkers in [2, 3], crashes in [true, false]) tcMapReduce [main=Job]: assert CountedOnce in { Job, Coordinator, MrWorker };
