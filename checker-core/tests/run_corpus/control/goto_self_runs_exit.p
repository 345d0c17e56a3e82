// expect: pass
// prints: "entered 4 times, exited 3"
// goto to the current state runs its exit and then its entry again.
event Again;
machine Main {
  var entries: int;
  var exits: int;
  start state Loop {
    entry {
      entries = entries + 1;
      assert exits == entries - 1, "exit count lags entry count by one";
      if (entries < 4) { send this, Again; }
      if (entries == 4) { print format("entered 4 times, exited {0}", exits); }
    }
    exit { exits = exits + 1; }
    on Again goto Loop;
  }
}
