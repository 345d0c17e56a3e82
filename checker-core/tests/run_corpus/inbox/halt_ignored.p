// expect: pass
// prints: "counted 2"
// An ignored halt is dropped like any ignored event.
event Task;
event Report;
machine Main {
  var w: machine;
  start state Init {
    entry {
      w = new Worker();
      send w, Task;
      send w, halt;
      send w, Task;
      send w, Report;
    }
  }
}
machine Worker {
  var n: int;
  start state Idle {
    ignore halt;
    on Task do { n = n + 1; }
    on Report do { print format("counted {0}", n); assert n == 2; }
  }
}
