// expect: bug unhandled_event "Oops"
// prints: "leaving Calm"
// A raised event with no handler is an unhandled-event bug, after the state's exit ran.
event Oops;
machine Main {
  start state Calm {
    entry { raise Oops; }
    exit { print "leaving Calm"; }
  }
}
