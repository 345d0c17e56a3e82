machine Bank receives eDeposit; sends eBalance; {
  var total: int;
  start state Open {
    on eDeposit do (a: tAmount) {
      total = total + a.cents;
      announce eBalance, (account = a.account, cents = total);
    }
  }
}
machine Customer receives; sends eDeposit; {
  start state Go {
    entry { send new Bank(), eDeposit, (account = 1, cents = 250); }
  }
}
