// expect: bug assertion "wrong count carried"
// A monitor's goto carries the observed payload to the target state's entry.
event Count: int;
spec Carrier observes Count {
  start state A {
    on Count goto B;
  }
  state B {
    entry (n: int) { assert n == 2, "wrong count carried"; }
    on Count goto B;
  }
}
machine Driver {
  start state D {
    entry { announce Count, 2; announce Count, 5; }
  }
}
test tcCarrier [main=Driver]: assert Carrier in { Driver };
