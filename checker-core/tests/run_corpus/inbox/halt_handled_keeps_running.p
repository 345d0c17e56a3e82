// expect: bug assertion "task after handled halt"
// With halt handled by the state, the machine does not halt and the next event is handled.
event Task;
machine Main {
  var w: machine;
  start state Init {
    entry {
      w = new Worker();
      send w, halt;
      send w, Task;
    }
  }
}
machine Worker {
  start state Idle {
    on halt do { print "halt handled, still alive"; }
    on Task do { assert false, "task after handled halt"; }
  }
}
