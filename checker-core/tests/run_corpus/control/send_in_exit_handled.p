// expect: pass
// prints: "echo handled in Second"
// The same, with the next state handling the event sent by the exit function.
event Echo;
event Leave;
machine Main {
  var echoes: int;
  start state First {
    entry { send this, Leave; }
    exit { send this, Echo; }
    on Leave goto Second;
  }
  state Second {
    on Echo do { echoes = echoes + 1; assert echoes == 1;
        print "echo handled in Second"; }
  }
}
