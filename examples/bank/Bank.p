// A bank that checks the balance before a withdrawal only some of the time: two withdrawals of 7 from a
// balance of 10 can overdraw the account. The spec NeverOverdrawn catches it; `plait check` finds the
// interleaving and the choice that lead there.

event eWithdraw : (amount: int, from: Teller);
event eDone : int;
event eBalance : int;

machine Bank {
  var balance: int;
  start state Open {
    entry { balance = 10; }
    on eWithdraw do (req: (amount: int, from: Teller)) {
      if ($) {
        if (req.amount > balance) { send req.from, eDone, balance; return; }
      }
      balance = balance - req.amount;
      announce eBalance, balance;
      send req.from, eDone, balance;
    }
  }
}

machine Teller {
  start state Go {
    entry (bank: Bank) {
      send bank, eWithdraw, (amount = 7, from = this);
      send bank, eWithdraw, (amount = 7, from = this);
    }
    ignore eDone;
  }
}

spec NeverOverdrawn observes eBalance {
  start state Watch {
    on eBalance do (b: int) { assert b >= 0, format("the balance went negative: {0}", b); }
  }
}

machine Main {
  start state Init { entry { new Teller(new Bank()); } }
}

test tcBank [main=Main]: assert NeverOverdrawn in { Main, Teller, Bank };
