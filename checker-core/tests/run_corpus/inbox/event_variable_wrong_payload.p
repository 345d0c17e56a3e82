// expect: bug runtime_error
// Through an `event` variable the payload is not checked statically: a string sent with an int event
// reaches an int handler parameter and fails there at runtime.
event Amount: int;
machine Main {
  var ev: event;
  var acct: machine;
  start state Init {
    entry {
      acct = new Account();
      ev = Amount;
      send acct, ev, 5;
      send acct, ev, "five";
    }
  }
}
machine Account {
  var balance: int;
  start state Open {
    on Amount do (n: int) { balance = balance + n; }
  }
}
