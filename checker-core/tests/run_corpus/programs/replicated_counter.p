// expect: pass
// schedules: 500
// prints: "final read"
// A primary-backup counter: the client increments through the primary, which applies each increment and
// forwards it to two backups. A failure injector may crash one backup (halt) at any time; sends to the
// crashed backup are dropped. The client reads only from the primary, so reads never go backwards.
event Incr: machine;
event IncrAck: int;
event Apply: int;
event ReadReq: machine;
event ReadResp: int;
event Observed: int;

machine Primary {
  var value: int;
  var backups: seq[machine];
  start state Serve {
    entry (bs: seq[machine]) { backups = bs; }
    on Incr do (c: machine) {
      var i: int;
      value = value + 1;
      while (i < sizeof(backups)) { send backups[i], Apply, value; i = i + 1; }
      send c, IncrAck, value;
    }
    on ReadReq do (c: machine) { send c, ReadResp, value; }
  }
}

machine Backup {
  var value: int;
  start state Serve {
    on Apply do (v: int) { assert v == value + 1, "backup skipped an update"; value = v; }
    on ReadReq do (c: machine) { send c, ReadResp, value; }
  }
}

machine FailureInjector {
  start state Wait {
    entry (victims: seq[machine]) {
      if ($) { send choose(victims), halt; }
    }
  }
}

machine CounterClient {
  var primary: machine;
  var backups: seq[machine];
  start state Run {
    entry {
      var i: int;
      var v: int;
      backups += (0, new Backup());
      backups += (1, new Backup());
      primary = new Primary(backups);
      new FailureInjector(backups);
      while (i < 3) {
        send primary, Incr, this;
        receive { case IncrAck: (n: int) { assert n == i + 1; } }
        send primary, ReadReq, this;
        receive { case ReadResp: (n: int) { v = n; } }
        announce Observed, v;
        i = i + 1;
      }
      print format("final read {0}", v);
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

test tcCounter [main=CounterClient]: assert Monotonic in { CounterClient, Primary, Backup, FailureInjector };
