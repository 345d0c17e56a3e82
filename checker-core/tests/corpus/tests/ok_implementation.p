// expect: accepted
// An `implementation` declaration with a main machine is a runnable test too, and suppresses DefaultImpl.
// tests: implLoop
event eLap;
machine Runner {
  var laps: int;
  start state Run {
    entry { send this, eLap; }
    on eLap do { laps = laps + 1; if (laps < 3) { send this, eLap; } }
  }
}
machine Main {
  start state S { }
}
implementation implLoop [main=Runner]: { Runner };
