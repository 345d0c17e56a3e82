// expect: accepted
// A lock server with FIFO waiters, clients that acquire and release nondeterministically, and a mutual-exclusion spec attached through a test module.
// tests: tcTwoClients, tcThreeClients
event eAcquire : LockClient;
event eGranted;
event eRelease : LockClient;
event eLockTaken : LockClient;
event eLockFreed : LockClient;
machine LockServer receives eAcquire, eRelease; sends eGranted, eLockTaken, eLockFreed; {
  var holder: LockClient;
  var hasHolder: bool;
  var waiting: seq[LockClient];
  fun Grant(c: LockClient) {
    holder = c;
    hasHolder = true;
    announce eLockTaken, c;
    send c, eGranted;
  }
  start state Serving {
    on eAcquire do (c: LockClient) {
      if (!hasHolder) { Grant(c); } else { waiting += (sizeof(waiting), c); }
    }
    on eRelease do (c: LockClient) {
      assert hasHolder && holder == c, "release by a client that does not hold the lock";
      hasHolder = false;
      announce eLockFreed, c;
      if (sizeof(waiting) > 0) {
        Grant(waiting[0]);
        waiting -= 0;
      }
    }
  }
}
machine LockClient receives eGranted; sends eAcquire, eRelease; {
  var server: LockServer;
  var uses: int;
  start state Idle {
    entry (s: LockServer) {
      server = s;
      send server, eAcquire, this;
    }
    on eGranted goto Holding;
  }
  state Holding {
    entry {
      uses = uses + 1;
      send server, eRelease, this;
      if (uses < 2 && $) { goto Idle, server; }
    }
  }
}
spec MutualExclusion observes eLockTaken, eLockFreed {
  var owner: machine;
  start cold state Free {
    on eLockTaken goto Taken with (c: LockClient) { owner = c; }
    on eLockFreed do (c: LockClient) { assert false, "freed a free lock"; }
  }
  hot state Taken {
    on eLockFreed goto Free with (c: LockClient) { assert owner == c; }
    on eLockTaken do (c: LockClient) { assert false, "lock granted twice"; }
  }
}
machine TwoClients receives; sends; {
  start state Boot {
    entry {
      var server: LockServer;
      server = new LockServer();
      new LockClient(server);
      new LockClient(server);
    }
  }
}
machine ThreeClients receives; sends; {
  start state Boot {
    entry {
      var server: LockServer;
      var i: int;
      server = new LockServer();
      while (i < 3) { new LockClient(server); i = i + 1; }
    }
  }
}
module LockSystem = { LockServer, LockClient };
test tcTwoClients [main=TwoClients]: assert MutualExclusion in (union LockSystem, { TwoClients });
test tcThreeClients [main=ThreeClients]: assert MutualExclusion in (union LockSystem, { ThreeClients });
