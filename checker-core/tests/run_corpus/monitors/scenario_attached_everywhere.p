// expect: bug assertion "scenario saw the second order"
// Scenario (coverage) monitors are attached to every test automatically, including DefaultImpl, and they
// check their assertions like any monitor.
event Order: int;
scenario TwoOrders observes Order {
  var seen: int;
  start hot state Waiting {
    on Order do (n: int) {
      seen = seen + 1;
      assert seen < 2, "scenario saw the second order";
    }
  }
}
machine Main {
  start state S {
    entry { send this, Order, 1; send this, Order, 2; }
    on Order do (n: int) { }
  }
}
