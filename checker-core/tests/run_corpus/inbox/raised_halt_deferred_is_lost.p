// expect: bug assertion "still alive"
// A raised halt in a state that defers halt is lost like any raised deferred event: the machine does not
// halt and goes on handling events.
event Ping;
machine Main {
  start state Guarded {
    defer halt;
    entry {
      send this, Ping;
      raise halt;
    }
    on Ping do { assert false, "still alive"; }
  }
}
