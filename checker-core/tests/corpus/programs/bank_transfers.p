// expect: accepted
// Bank transfers between accounts through a teller, with a conservation-of-money spec and a liveness spec that every transfer completes, run by a parametric test.
// tests: tcTransfers___accounts_2__initial_100, tcTransfers___accounts_3__initial_100, tcTransfers___accounts_2__initial_0, tcTransfers___accounts_3__initial_0
param accounts: int;
param initial: int;
type tTransfer = (id: int, from: int, to_: int, amount: int);
event eTransfer : tTransfer;
event eDebit : (id: int, amount: int, teller: Teller);
event eCredit : (id: int, amount: int);
event eDebitResult : (id: int, ok: bool);
event eTransferStarted : tTransfer;
event eTransferFinished : (id: int, ok: bool);
event eBalanceChanged : (account: int, delta: int);
machine Account {
  var index: int;
  var balance: int;
  start state Open {
    entry (cfg: (index: int, balance: int)) { index = cfg.index; balance = cfg.balance; }
    on eDebit do (d: (id: int, amount: int, teller: Teller)) {
      if (d.amount <= balance) {
        balance = balance - d.amount;
        announce eBalanceChanged, (account = index, delta = -d.amount);
        send d.teller, eDebitResult, (id = d.id, ok = true);
      } else {
        send d.teller, eDebitResult, (id = d.id, ok = false);
      }
    }
    on eCredit do (c: (id: int, amount: int)) {
      balance = balance + c.amount;
      announce eBalanceChanged, (account = index, delta = c.amount);
    }
  }
}
machine Teller {
  var accts: seq[Account];
  var pending: map[int, tTransfer];
  start state Serving {
    entry (a: seq[Account]) { accts = a; }
    on eTransfer do (t: tTransfer) {
      pending[t.id] = t;
      announce eTransferStarted, t;
      send accts[t.from], eDebit, (id = t.id, amount = t.amount, teller = this);
    }
    on eDebitResult do (r: (id: int, ok: bool)) {
      var t: tTransfer;
      t = pending[r.id];
      pending -= r.id;
      if (r.ok) { send accts[t.to_], eCredit, (id = t.id, amount = t.amount); }
      announce eTransferFinished, r;
    }
  }
}
machine Customer {
  start state Go {
    entry (teller: Teller) {
      var i: int;
      while (i < 3) {
        send teller, eTransfer, (id = i, from = choose(accounts), to_ = choose(accounts), amount = choose(50));
        i = i + 1;
      }
    }
  }
}
machine BankSetup {
  start state Boot {
    entry {
      var all: seq[Account];
      var i: int;
      while (i < accounts) {
        all += (i, new Account((index = i, balance = initial)));
        i = i + 1;
      }
      new Customer(new Teller(all));
    }
  }
}
spec MoneyConserved observes eBalanceChanged, eTransferFinished {
  var inFlight: int;
  start state Watch {
    on eBalanceChanged do (c: (account: int, delta: int)) { inFlight = inFlight - c.delta; }
    on eTransferFinished do (r: (id: int, ok: bool)) { assert inFlight >= 0; }
  }
}
spec TransfersFinish observes eTransferStarted, eTransferFinished {
  var open: set[int];
  start cold state AllDone {
    on eTransferStarted goto Busy with (t: tTransfer) { open += (t.id); }
    on eTransferFinished do (r: (id: int, ok: bool)) { assert false, "finished a transfer that never started"; }
  }
  hot state Busy {
    on eTransferStarted do (t: tTransfer) { open += (t.id); }
    on eTransferFinished do (r: (id: int, ok: bool)) {
      open -= r.id;
      if (sizeof(open) == 0) { goto AllDone; }
    }
  }
}
test param (accounts in [2, 3], initial in [100, 0]) tcTransfers [main=BankSetup]:
  assert MoneyConserved, TransfersFinish in { BankSetup, Account, Teller, Customer };
