// expect: pass
// The same spec holds when the customer never overdraws.
event Deposit: int;
event Withdraw: int;
spec NonNegative observes Deposit, Withdraw {
  var balance: int;
  start state Track {
    on Deposit do (n: int) { balance = balance + n; }
    on Withdraw do (n: int) {
      balance = balance - n;
      assert balance >= 0, "withdrawal overdraws";
    }
  }
}
machine Bank {
  start state Open {
    on Deposit, Withdraw do { }
  }
}
machine Customer {
  start state Go {
    entry {
      var b: machine;
      b = new Bank();
      send b, Deposit, 10;
      send b, Withdraw, 4;
      send b, Withdraw, 6;
    }
  }
}
test tcBank [main=Customer]: assert NonNegative in { Customer, Bank };
