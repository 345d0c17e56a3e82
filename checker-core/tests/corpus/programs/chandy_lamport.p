// expect: accepted
// A Chandy-Lamport style snapshot on a ring of bank branches moving money: markers are flooded, each branch records its balance and the in-flight transfers on each incoming channel, and a spec checks the recorded total.
// tests: tcSnapshot
event eNeighbors : (next: Branch, prev: Branch);
event eMoney : (amount: int, from: Branch);
event eMarker : Branch;
event eStartSnapshot;
event eRecorded : (branch: int, balance: int, inFlight: int);
machine Branch {
  var id: int;
  var balance: int;
  var next: Branch;
  var prev: Branch;
  var recording: bool;
  var recorded: bool;
  var channelTotal: int;
  start state Setup {
    entry (cfg: (id: int, balance: int)) { id = cfg.id; balance = cfg.balance; }
    on eNeighbors goto Trading with (n: (next: Branch, prev: Branch)) { next = n.next; prev = n.prev; }
    defer eMoney, eMarker, eStartSnapshot;
  }
  state Trading {
    entry {
      var amount: int;
      amount = choose(balance + 1);
      if (amount > 0) {
        balance = balance - amount;
        send next, eMoney, (amount = amount, from = this);
      }
    }
    on eMoney do (m: (amount: int, from: Branch)) {
      balance = balance + m.amount;
      if (recording && m.from == prev) { channelTotal = channelTotal + m.amount; }
    }
    on eStartSnapshot do { Record(); }
    on eMarker do (from: Branch) {
      if (!recorded) { Record(); }
      recording = false;
      announce eRecorded, (branch = id, balance = -1, inFlight = channelTotal);
    }
  }
  fun Record() {
    recorded = true;
    recording = true;
    announce eRecorded, (branch = id, balance = balance, inFlight = 0);
    send next, eMarker, this;
  }
}
spec TotalConserved observes eRecorded {
  var sum: int;
  var reports: int;
  start state Collect {
    on eRecorded do (r: (branch: int, balance: int, inFlight: int)) {
      if (r.balance >= 0) { sum = sum + r.balance; }
      sum = sum + r.inFlight;
      reports = reports + 1;
      if (reports == 6) { assert sum == 300, format("snapshot total {0}", sum); }
    }
  }
}
machine Bank {
  start state Open {
    entry {
      var a: Branch;
      var b: Branch;
      var c: Branch;
      a = new Branch((id = 0, balance = 100));
      b = new Branch((id = 1, balance = 100));
      c = new Branch((id = 2, balance = 100));
      send a, eNeighbors, (next = b, prev = c);
      send b, eNeighbors, (next = c, prev = a);
      send c, eNeighbors, (next = a, prev = b);
      send a, eStartSnapshot;
    }
  }
}
test tcSnapshot [main=Bank]: assert TotalConserved in { Bank, Branch };
