// expect: static-error
// Monitors have no inbox, so they cannot defer events.
event Ping;
spec Patient observes Ping {
  start state S { defer Ping; }
}
machine Main { start state S { } }
