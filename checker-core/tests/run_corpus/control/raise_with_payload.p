// expect: bug assertion "payload 3"
// raise carries a payload to the handler; the check here expects the wrong one.
event Level: int;
machine Main {
  start state Probe {
    entry { raise Level, 2 + 2; }
    on Level do (n: int) { assert n == 3, "payload 3"; }
  }
}
