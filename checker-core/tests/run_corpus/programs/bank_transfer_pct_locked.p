// expect: pass
// strategy: pct 3
// schedules: 500
// The tellers of the bank model serialize through a lock machine: the PCT strategy finds no lost write.
event ReadBal: machine;
event Bal: int;
event WriteBal: int;
event Done;
event Total: int;
event Lock: machine;
event Locked;
event Unlock;

machine Account {
  var balance: int;
  start state A {
    entry (initial: int) { balance = initial; }
    on ReadBal do (c: machine) { send c, Bal, balance; }
    on WriteBal do (v: int) { balance = v; }
  }
}

machine Mutex {
  var waiting: seq[machine];
  start state Free {
    on Lock goto Held with (c: machine) { send c, Locked; }
  }
  state Held {
    on Lock do (c: machine) { waiting += (sizeof(waiting), c); }
    on Unlock do {
      if (sizeof(waiting) == 0) { goto Free; }
      send waiting[0], Locked;
      waiting -= 0;
    }
  }
}

machine Teller {
  start state T {
    entry (cfg: (src: machine, dst: machine, amount: int, boss: machine, mutex: machine)) {
      var b: int;
      send cfg.mutex, Lock, this;
      receive { case Locked: { } }
      send cfg.src, ReadBal, this;
      receive { case Bal: (v: int) { b = v; } }
      send cfg.src, WriteBal, b - cfg.amount;
      send cfg.dst, ReadBal, this;
      receive { case Bal: (v: int) { b = v; } }
      send cfg.dst, WriteBal, b + cfg.amount;
      send cfg.mutex, Unlock;
      send cfg.boss, Done;
    }
  }
}

machine Auditor {
  var x: machine;
  var y: machine;
  var finished: int;
  start state Run {
    entry {
      var mu: machine;
      x = new Account(100);
      y = new Account(100);
      mu = new Mutex();
      new Teller((src = x, dst = y, amount = 30, boss = this, mutex = mu));
      new Teller((src = y, dst = x, amount = 10, boss = this, mutex = mu));
    }
    on Done do {
      var total: int;
      finished = finished + 1;
      if (finished == 2) {
        send x, ReadBal, this;
        receive { case Bal: (v: int) { total = v; } }
        send y, ReadBal, this;
        receive { case Bal: (v: int) { total = total + v; } }
        announce Total, total;
      }
    }
  }
}

spec Conservation observes Total {
  var audits: int;
  start hot state Unaudited {
    on Total goto Audited with (t: int) { assert t == 200, "money created or destroyed"; }
  }
  cold state Audited {
    on Total do { assert false, "audited twice"; }
  }
}

test tcBank [main=Auditor]: assert Conservation in { Auditor, Account, Teller, Mutex };
