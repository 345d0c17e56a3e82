// expect: accepted
// A round-robin load balancer in front of backends that may be marked down; requests carry ids, responses are routed back to the caller; a spec checks every request is answered exactly once.
// tests: tcBalance___nBackends_1, tcBalance___nBackends_3
param nBackends: int;
type tJob = (id: int, caller: Frontend, cost: int);
event eJob : tJob;
event eDone : (id: int, backend: int);
event eBackendDown : int;
event eIssued : int;
event eAnswered : int;
machine Backend {
  var index: int;
  start state Up {
    entry (i: int) { index = i; }
    on eJob do (j: tJob) { send j.caller, eDone, (id = j.id, backend = index); }
  }
}
machine Balancer {
  var backends: seq[Backend];
  var alive: set[int];
  var cursor: int;
  start state Init {
    entry {
      var i: int;
      while (i < nBackends) {
        backends += (i, new Backend(i));
        alive += (i);
        i = i + 1;
      }
      goto Balancing;
    }
  }
  state Balancing {
    on eJob do (j: tJob) {
      var tries: int;
      while (tries < sizeof(backends)) {
        cursor = (cursor + 1) % sizeof(backends);
        if (cursor in alive) {
          send backends[cursor], eJob, j;
          return;
        }
        tries = tries + 1;
      }
      send j.caller, eDone, (id = j.id, backend = -1);
    }
    on eBackendDown do (i: int) {
      if (sizeof(alive) > 1) { alive -= i; }
    }
  }
}
machine Frontend {
  var lb: Balancer;
  var outstanding: set[int];
  start state Send {
    entry {
      var id: int;
      lb = new Balancer();
      while (id < 4) {
        outstanding += (id);
        announce eIssued, id;
        send lb, eJob, (id = id, caller = this, cost = choose(10));
        id = id + 1;
      }
      if ($) { send lb, eBackendDown, 0; }
    }
    on eDone do (d: (id: int, backend: int)) {
      assert d.id in outstanding, "answer for an unknown request";
      outstanding -= d.id;
      announce eAnswered, d.id;
    }
  }
}
spec AnsweredOnce observes eIssued, eAnswered {
  var open: set[int];
  start cold state AllAnswered {
    on eIssued goto Waiting with (id: int) { open += (id); }
    on eAnswered do (id: int) { assert false, "answer without request"; }
  }
  hot state Waiting {
    on eIssued do (id: int) { open += (id); }
    on eAnswered do (id: int) {
      assert id in open, format("request {0} answered twice", id);
      open -= id;
      if (sizeof(open) == 0) { goto AllAnswered; }
    }
  }
}
test param (nBackends in [1, 3]) tcBalance [main=Frontend]: assert AnsweredOnce in { Frontend, Balancer, Backend };
