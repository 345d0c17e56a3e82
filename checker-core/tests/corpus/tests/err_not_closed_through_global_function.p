// expect: rejected
// The creates set of a machine includes machines created by the global functions it calls (InferMachineCreates), so this module is not closed.
machine Worker {
  start state W { }
}
fun Hire(): Worker { return new Worker(); }
machine Boss {
  start state B { entry { var w: Worker; w = Hire(); } }
}
test tcUnclosed [main=Boss]: { Boss }; // error: Worker is created (through Hire) but not bound
