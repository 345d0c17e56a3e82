// expect: rejected
// Monitors cannot send events (StatementVisitor IllegalMonitorOperation).
event eSeen;
event eEcho;
spec Chatty observes eSeen {
  var target: machine;
  start state S {
    on eSeen do { send target, eEcho; } // error: send in a spec
  }
}
machine Main {
  start state S { }
}
