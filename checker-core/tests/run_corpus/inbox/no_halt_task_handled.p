// expect: bug assertion "task handled"
// Without the halt, the task is handled.
event Task;
event Nop;
machine Main {
  var w: machine;
  start state Init {
    entry {
      w = new Worker();
      send w, Nop;
      send w, Task;
    }
  }
}
machine Worker {
  start state Idle {
    on Nop do { }
    on Task do { assert false, "task handled"; }
  }
}
