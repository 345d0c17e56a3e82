// expect: accepted
// One machine using fields, methods, several states with entry/exit, every handler kind, defer, ignore, on null, receive, raise, goto with payload and halt.
// tests: DefaultImpl
event eJob : int;
event eFlush;
event eReply : int;
machine Main {
  var pending: seq[int];
  var served: int;
  fun Enqueue(j: int) { pending += (sizeof(pending), j); }
  fun Work(): int {
    var j: int;
    j = pending[0];
    pending -= 0;
    return j * 2;
  }
  start state Boot {
    entry { send this, eJob, 1; send this, eJob, 2; send this, eFlush; goto Collect, 0; }
  }
  state Collect {
    entry (seed: int) { served = seed; }
    exit { }
    on eJob do Enqueue;
    on eFlush goto Serve;
    ignore eReply;
  }
  state Serve {
    entry {
      while (sizeof(pending) > 0) {
        send this, eReply, Work();
        receive { case eReply: (r: int) { served = served + r; } }
      }
      raise eFlush;
    }
    defer eJob;
    on eFlush goto Idle with { print format("served {0}", served); }
  }
  state Idle {
    on null do { raise halt; }
    on eJob goto Collect with (j: int) { Enqueue(j); }
    ignore eFlush, eReply;
  }
}
