// expect: bug assertion "money created or destroyed"
// strategy: pct 3
// schedules: 2000
// Two tellers move money between two accounts with a non-atomic read-then-write protocol; the auditor
// announces the total after both finish. The PCT strategy finds the interleaving that loses a write.
event ReadBal: machine;
event Bal: int;
event WriteBal: int;
event Done;
event Total: int;

machine Account {
  var balance: int;
  start state A {
    entry (initial: int) { balance = initial; }
    on ReadBal do (c: machine) { send c, Bal, balance; }
    on WriteBal do (v: int) { balance = v; }
  }
}

machine Teller {
  start state T {
    entry (cfg: (src: machine, dst: machine, amount: int, boss: machine)) {
      var b: int;
      send cfg.src, ReadBal, this;
      receive { case Bal: (v: int) { b = v; } }
      send cfg.src, WriteBal, b - cfg.amount;
      send cfg.dst, ReadBal, this;
      receive { case Bal: (v: int) { b = v; } }
      send cfg.dst, WriteBal, b + cfg.amount;
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
      x = new Account(100);
      y = new Account(100);
      new Teller((src = x, dst = y, amount = 30, boss = this));
      new Teller((src = y, dst = x, amount = 10, boss = this));
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
  start state S {
    on Total do (t: int) { assert t == 200, "money created or destroyed"; }
  }
}

test tcBank [main=Auditor]: assert Conservation in { Auditor, Account, Teller };
