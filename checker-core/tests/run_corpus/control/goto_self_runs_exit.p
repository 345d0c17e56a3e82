// expect: pass
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
    }
    exit { exits = exits + 1; }
    on Again goto Loop;
  }
}
