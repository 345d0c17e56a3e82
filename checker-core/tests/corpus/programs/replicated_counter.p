// expect: accepted
// A primary-backup replicated counter with a failure injector that halts replicas, a monotonicity spec, and a parametric test over the number of replicas and whether failures are injected.
// tests: tcCounter___nReplicas_2__withFailures_true, tcCounter___nReplicas_3__withFailures_true, tcCounter___nReplicas_2__withFailures_false, tcCounter___nReplicas_3__withFailures_false
param nReplicas: int;
param withFailures: bool;
event eIncrement;
event eReplicate : int;
event eAck : int;
event eCounterValue : int;
event eInjectFailure;
machine Replica {
  var value: int;
  var primary: Primary;
  start state Following {
    entry (p: Primary) { primary = p; }
    on eReplicate do (v: int) {
      if (v > value) { value = v; }
      send primary, eAck, value;
    }
    on eInjectFailure do { raise halt; }
  }
}
machine Primary {
  var replicas: seq[Replica];
  var counter: int;
  var acks: int;
  start state Setup {
    entry {
      var i: int;
      while (i < nReplicas) {
        replicas += (i, new Replica(this));
        i = i + 1;
      }
      if (withFailures) {
        new FailureInjector(replicas);
      }
      goto Serving;
    }
  }
  state Serving {
    on eIncrement do {
      var r: Replica;
      counter = counter + 1;
      acks = 0;
      announce eCounterValue, counter;
      foreach (r in replicas) { send r, eReplicate, counter; }
    }
    on eAck do (v: int) { acks = acks + 1; }
  }
}
machine FailureInjector {
  start state Inject {
    entry (victims: seq[Replica]) {
      var r: Replica;
      foreach (r in victims) {
        if ($) { send r, eInjectFailure; }
      }
    }
  }
}
machine Driver {
  start state Drive {
    entry {
      var p: Primary;
      var n: int;
      p = new Primary();
      while (n < 3) { send p, eIncrement; n = n + 1; }
    }
  }
}
spec Monotonic observes eCounterValue {
  var last: int;
  start state Watch {
    on eCounterValue do (v: int) {
      assert v > last, format("counter went from {0} to {1}", last, v);
      last = v;
    }
  }
}
test param (nReplicas in [2, 3], withFailures in [true, false]) tcCounter [main=Driver]:
  assert Monotonic in { Driver, Primary, Replica, FailureInjector };
