// expect: accepted
// Spec monitors: observes lists, fields, pure global helper calls, raise and goto inside the monitor, hot and cold states, `start hot` ordering.
event eRequest : int;
event eResponse : int;
event eReset;
fun IsValid(id: int): bool { return id >= 0; }
spec RequestsAnswered observes eRequest, eResponse, eReset {
  var open: set[int];
  start cold state Quiet {
    on eRequest goto Waiting with (id: int) { open += (id); }
    on eResponse do (id: int) { assert false, format("response {0} without request", id); }
    ignore eReset;
  }
  hot state Waiting {
    on eRequest do (id: int) { assert IsValid(id); open += (id); }
    on eResponse do (id: int) {
      assert id in open, "unknown response";
      open -= id;
      if (sizeof(open) == 0) { goto Quiet; }
    }
    on eReset do { open = default(set[int]); raise eReset; }
  }
}
spec NeverNegative observes eRequest {
  start state Watching {
    on eRequest do (id: int) { assert id >= 0; }
  }
}
spec StartsHot observes eReset {
  start hot state Unsatisfied {
    on eReset goto Satisfied;
  }
  cold state Satisfied {
    ignore eReset;
  }
}
machine Main {
  start state S {
    entry {
      announce eRequest, 1;
      announce eResponse, 1;
    }
  }
}
// tests: DefaultImpl
