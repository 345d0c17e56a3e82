// expect: pass
// A machine halting on an unhandled halt drops what is left in its inbox; later events are dropped too.
event Task;
machine Main {
  var w: machine;
  start state Init {
    entry {
      w = new Worker();
      send w, halt;
      send w, Task;
      send w, Task;
    }
  }
}
machine Worker {
  start state Idle {
    on Task do { assert false, "a task reached a halted worker"; }
  }
}
