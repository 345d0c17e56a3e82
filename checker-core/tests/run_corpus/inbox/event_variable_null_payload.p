// expect: bug runtime_error "null"
// Sending an event held in an `event` variable is not checked statically: sent without its payload,
// the receiver's int parameter gets null.
event Amount: int;
machine Main {
  var ev: event;
  var acct: machine;
  start state Init {
    entry {
      acct = new Account();
      ev = Amount;
      send acct, ev, 5;
      send acct, ev;
    }
  }
}
machine Account {
  var balance: int;
  start state Open {
    on Amount do (n: int) { balance = balance + n; }
  }
}
