// expect: bug assertion "halt handled"
// A handled halt is an ordinary event: its handler runs and the machine keeps going.
machine Main {
  start state Live {
    entry { raise halt; }
    on halt goto Afterlife;
  }
  state Afterlife {
    entry { assert false, "halt handled"; }
  }
}
