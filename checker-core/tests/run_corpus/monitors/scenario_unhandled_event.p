// expect: bug unhandled_event "Order"
// A scenario monitor is exempt from liveness checks only: an observed event its state cannot handle is
// still a bug.
event Order: int;
event Ship;
scenario OrderThenShip observes Order, Ship {
  start hot state WaitOrder { on Order goto WaitShip; }
  hot state WaitShip { on Ship goto Covered; }
  cold state Covered { }
}
machine Main {
  start state S {
    entry { announce Order, 1; announce Order, 2; }
  }
}
