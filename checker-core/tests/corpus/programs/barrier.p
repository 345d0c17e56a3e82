// expect: accepted
// A reusable barrier: workers do phases of work and wait at the barrier with a blocking `receive`; the barrier releases everyone when all have arrived; a spec checks no worker starts phase k+1 before all finished phase k.
// tests: tcBarrier
event eArrive : (worker: BarrierWorker, phase: int);
event eRelease : int;
event ePhaseStarted : (worker: int, phase: int);
event ePhaseDone : (worker: int, phase: int);
machine Barrier {
  var parties: int;
  var waiting: seq[BarrierWorker];
  var phase: int;
  start state Open {
    entry (n: int) { parties = n; }
    on eArrive do (a: (worker: BarrierWorker, phase: int)) {
      var w: BarrierWorker;
      assert a.phase == phase, "arrived for the wrong phase";
      waiting += (sizeof(waiting), a.worker);
      if (sizeof(waiting) == parties) {
        foreach (w in waiting) { send w, eRelease, phase; }
        waiting = default(seq[BarrierWorker]);
        phase = phase + 1;
      }
    }
  }
}
machine BarrierWorker {
  var id: int;
  var barrier: Barrier;
  start state Work {
    entry (cfg: (id: int, barrier: Barrier)) {
      var phase: int;
      id = cfg.id;
      barrier = cfg.barrier;
      while (phase < 3) {
        announce ePhaseStarted, (worker = id, phase = phase);
        announce ePhaseDone, (worker = id, phase = phase);
        send barrier, eArrive, (worker = this, phase = phase);
        receive {
          case eRelease: (p: int) { assert p == phase; }
        }
        phase = phase + 1;
      }
    }
  }
}
spec PhasesInLockstep observes ePhaseStarted, ePhaseDone {
  var done: map[int, int];
  var workers: int;
  start state Watch {
    entry { workers = 3; }
    on ePhaseDone do (d: (worker: int, phase: int)) {
      if (!(d.phase in done)) { done[d.phase] = 0; }
      done[d.phase] = done[d.phase] + 1;
    }
    on ePhaseStarted do (s: (worker: int, phase: int)) {
      if (s.phase > 0) {
        assert (s.phase - 1) in done && done[s.phase - 1] == workers, format("worker {0} started phase {1} early", s.worker, s.phase);
      }
    }
  }
}
machine BarrierTest {
  start state Go {
    entry {
      var b: Barrier;
      var i: int;
      b = new Barrier(3);
      while (i < 3) { new BarrierWorker((id = i, barrier = b)); i = i + 1; }
    }
  }
}
test tcBarrier [main=BarrierTest]: assert PhasesInLockstep in { BarrierTest, Barrier, BarrierWorker };
