// expect: bug assertion "exit skipped on self-goto"
// The exit of a state runs on a goto to itself.
machine Main {
  var exits: int;
  var round: int;
  start state Spin {
    entry {
      round = round + 1;
      if (round == 2) { assert exits == 0, "exit skipped on self-goto"; }
      if (round < 3) { goto Spin; }
    }
    exit { exits = exits + 1; }
  }
}
