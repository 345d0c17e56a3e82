// expect: static-error
// Monitors only react to observed events: no `on null` default handler.
event Ping;
spec Idler observes Ping {
  start state S {
    on Ping do { }
    on null do { }
  }
}
machine Main { start state S { } }
