// expect: bug assertion "granted to two clients at once"
// schedules: 2000
// The lock server forgets to queue: a second Acquire while the lock is held is granted at once, and the
// mutual exclusion spec catches two holders.
event Acquire: machine;
event Grant;
event Release: machine;
event Granted: machine;
event Freed: machine;
event Wanted: machine;

machine LockServer {
  var holder: machine;
  var waiting: seq[machine];
  start state Free {
    on Acquire goto Taken with (c: machine) { Give(c); }
    on Release do (c: machine) { assert false, "release of a free lock"; }
  }
  state Taken {
    on Acquire do (c: machine) { Give(c); }
    on Release do (c: machine) {
      announce Freed, c;
      if (sizeof(waiting) == 0) { goto Free; }
      Give(waiting[0]);
      waiting -= 0;
    }
  }
  fun Give(c: machine) {
    holder = c;
    announce Granted, c;
    send c, Grant;
  }
}

machine LockClient {
  var server: machine;
  var rounds: int;
  start state Start {
    entry (s: machine) {
      server = s;
      Ask();
    }
    on Grant goto Holding;
  }
  state Holding {
    entry {
      rounds = rounds + 1;
      send server, Release, this;
      if (rounds < 2) { Ask(); }
    }
    on Grant goto Holding;
  }
  fun Ask() {
    announce Wanted, this;
    send server, Acquire, this;
  }
}

machine LockMain {
  start state Init {
    entry {
      var s: machine;
      var i: int;
      s = new LockServer();
      while (i < 3) { new LockClient(s); i = i + 1; }
    }
  }
}

spec MutualExclusion observes Granted, Freed {
  var holder: machine;
  start state Nobody {
    on Granted goto Someone with (c: machine) { holder = c; }
    on Freed do (c: machine) { assert false, "freed while nobody holds it"; }
  }
  state Someone {
    on Granted do (c: machine) { assert false, "granted to two clients at once"; }
    on Freed goto Nobody with (c: machine) { assert c == holder; }
  }
}

spec EventuallyGranted observes Wanted, Granted {
  var pending: int;
  start cold state AllServed {
    on Wanted goto Waiting with { pending = pending + 1; }
    on Granted do { assert false, "grant without request"; }
  }
  hot state Waiting {
    on Wanted do { pending = pending + 1; }
    on Granted do {
      pending = pending - 1;
      if (pending == 0) { goto AllServed; }
    }
  }
}

test tcLock [main=LockMain]: assert MutualExclusion, EventuallyGranted in { LockMain, LockServer, LockClient };
