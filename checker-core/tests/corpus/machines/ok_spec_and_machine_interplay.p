// expect: accepted
// Machines announce and send events that several specs observe; specs are not bound in modules and machines never reference them.
// tests: tcObserved
event eOpened : int;
event eClosed : int;
machine Door {
  var openings: int;
  start state Closed {
    entry { if (openings < 2) { openings = openings + 1; announce eOpened, openings; goto Open; } }
  }
  state Open {
    entry { announce eClosed, openings; goto Closed; }
  }
}
spec Alternates observes eOpened, eClosed {
  start state ExpectOpen { on eOpened goto ExpectClose; on eClosed do (n: int) { assert false; } }
  state ExpectClose { on eClosed goto ExpectOpen; on eOpened do (n: int) { assert false; } }
}
spec Counts observes eOpened {
  var last: int;
  start state C { on eOpened do (n: int) { assert n == last + 1; last = n; } }
}
test tcObserved [main=Door]: assert Alternates, Counts in { Door };
