// expect: pass
// prints: "leaving Second"
// A deferred halt waits like any deferred event: it halts the machine once a state leaves it
// unhandled, and the events behind it are dropped.
event Go;
event Task;
machine Main {
  start state First {
    defer halt;
    entry {
      send this, halt;
      send this, Go;
      send this, Task;
    }
    on Go goto Second;
    on Task do { assert false, "task handled in First"; }
  }
  state Second {
    exit { print "leaving Second"; }
    on Task do { assert false, "task handled after halt"; }
  }
}
