// expect: pass
// Raising an event that the current state ignores drops it: no bug, nothing handled.
event Noise;
event Next;
machine Main {
  start state Quiet {
    ignore Noise;
    entry {
      raise Noise;
    }
    on Next do { assert false, "not sent"; }
  }
}
