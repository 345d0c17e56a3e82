// expect: bug assertion "read went back"
// schedules: 3000
// A primary-backup counter with asynchronous replication: the primary acknowledges an increment at once
// and hands it to a replicator that updates the backups later. The client reads from the primary or
// from a random backup: a backup still behind returns a value older than one read before, and the
// monotonic-read spec fails.
event Incr: machine;
event IncrAck: int;
event Forward: int;
event Apply: int;
event ReadReq: machine;
event ReadResp: int;
event Observed: int;

machine LazyPrimary {
  var value: int;
  var replicator: machine;
  start state Serve {
    entry (bs: seq[machine]) { replicator = new Replicator(bs); }
    on Incr do (c: machine) {
      value = value + 1;
      send c, IncrAck, value;
      send replicator, Forward, value;
    }
    on ReadReq do (c: machine) { send c, ReadResp, value; }
  }
}

machine Replicator {
  var backups: seq[machine];
  start state Relay {
    entry (bs: seq[machine]) { backups = bs; }
    on Forward do (v: int) {
      var i: int;
      while (i < sizeof(backups)) { send backups[i], Apply, v; i = i + 1; }
    }
  }
}

machine LagBackup {
  var value: int;
  start state Serve {
    on Apply do (v: int) { value = v; }
    on ReadReq do (c: machine) { send c, ReadResp, value; }
  }
}

machine SpreadClient {
  var primary: machine;
  var backups: seq[machine];
  start state Run {
    entry {
      var i: int;
      var v: int;
      var target: machine;
      backups += (0, new LagBackup());
      backups += (1, new LagBackup());
      primary = new LazyPrimary(backups);
      while (i < 3) {
        send primary, Incr, this;
        receive { case IncrAck: (n: int) { } }
        if ($) { target = primary; } else { target = choose(backups); }
        send target, ReadReq, this;
        receive { case ReadResp: (n: int) { v = n; } }
        announce Observed, v;
        i = i + 1;
      }
    }
  }
}

spec Monotonic observes Observed {
  var last: int;
  start state Watch {
    on Observed do (v: int) {
      assert v >= last, format("read went back from {0} to {1}", last, v);
      last = v;
    }
  }
}

test tcStale [main=SpreadClient]: assert Monotonic in { SpreadClient, LazyPrimary, Replicator, LagBackup };
