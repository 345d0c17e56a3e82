// expect: bug unhandled_event "Echo"
// An event sent by the exit function arrives after the transition, in a state that does not handle it.
event Echo;
event Leave;
machine Main {
  start state First {
    entry { send this, Leave; }
    exit { send this, Echo; }
    on Echo do { }
    on Leave goto Second;
  }
  state Second {
  }
}
