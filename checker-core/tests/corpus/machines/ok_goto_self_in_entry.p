// expect: accepted
// A state may goto itself, even from its own entry (a loop at run time, legal statically), and a machine may raise an event it handles in the same state.
// tests: DefaultImpl
event eAgain;
machine Main {
  var laps: int;
  start state Loop {
    entry {
      laps = laps + 1;
      if (laps < 3) { goto Loop; }
      raise eAgain;
    }
    on eAgain do { laps = 0; }
  }
}
