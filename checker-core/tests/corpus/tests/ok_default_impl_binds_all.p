// expect: accepted
// The implicit DefaultImpl binds every non-spec machine to itself, so Main may create any machine by its own name.
// tests: DefaultImpl
event eWake;
machine Sleeper {
  start state Z { on eWake goto Up; }
  state Up { }
}
machine Alarm {
  start state A { entry (s: Sleeper) { send s, eWake; } }
}
spec NeverChecked observes eWake {
  start state W { on eWake do { assert false, "specs are not attached to DefaultImpl"; } }
}
machine Main {
  start state S {
    entry { new Alarm(new Sleeper()); }
  }
}
