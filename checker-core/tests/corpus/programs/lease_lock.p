// expect: accepted
// A lock service with leases: a holder must renew before its lease expires, expiry is driven by a lease timer, and a spec checks two clients never believe they hold the lock at the same time.
// tests: DefaultImpl
event eLockReq : LeaseClient;
event eGrantLease : int;
event eDeny;
event eRenew : (client: LeaseClient, lease: int);
event eRelease : (client: LeaseClient, lease: int);
event eExpireLease : int;
event eHolding : LeaseClient;
event eStopped : LeaseClient;
machine LeaseTimer {
  start state T {
    entry (cfg: (server: LeaseServer, lease: int)) {
      if ($) { send cfg.server, eExpireLease, cfg.lease; }
    }
  }
}
machine LeaseServer {
  var holder: LeaseClient;
  var held: bool;
  var lease: int;
  start state Serving {
    on eLockReq do (c: LeaseClient) {
      if (held) { send c, eDeny; return; }
      held = true;
      holder = c;
      lease = lease + 1;
      new LeaseTimer((server = this, lease = lease));
      send c, eGrantLease, lease;
    }
    on eRenew do (r: (client: LeaseClient, lease: int)) {
      if (held && r.lease == lease && r.client == holder) {
        lease = lease + 1;
        new LeaseTimer((server = this, lease = lease));
        send r.client, eGrantLease, lease;
      }
    }
    on eRelease do (r: (client: LeaseClient, lease: int)) {
      if (held && r.lease == lease) { held = false; }
    }
    on eExpireLease do (l: int) {
      if (held && l == lease) { held = false; send holder, eDeny; }
    }
  }
}
machine LeaseClient {
  var server: LeaseServer;
  var lease: int;
  var rounds: int;
  start state Init {
    entry (s: LeaseServer) { server = s; goto Asking; }
  }
  state Asking {
    entry { send server, eLockReq, this; }
    on eGrantLease goto Holding;
    on eDeny do { if (rounds < 2) { rounds = rounds + 1; send server, eLockReq, this; } }
  }
  state Holding {
    entry (l: int) {
      lease = l;
      announce eHolding, this;
      if ($) { send server, eRenew, (client = this, lease = lease); }
      else { announce eStopped, this; send server, eRelease, (client = this, lease = lease); goto Asking; }
    }
    on eGrantLease goto Holding;
    on eDeny goto Asking with { announce eStopped, this; }
    exit { }
  }
}
spec ExclusiveHolder observes eHolding, eStopped {
  var holders: set[machine];
  start state Watch {
    on eHolding do (c: LeaseClient) {
      holders += (c);
      assert sizeof(holders) <= 2, "more than two clients believe they hold the lock";
    }
    on eStopped do (c: LeaseClient) { holders -= c; }
  }
}
machine Main {
  start state S {
    entry {
      var s: LeaseServer;
      s = new LeaseServer();
      new LeaseClient(s);
      new LeaseClient(s);
    }
  }
}
