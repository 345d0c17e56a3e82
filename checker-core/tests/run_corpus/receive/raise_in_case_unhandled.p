// expect: bug unhandled_event "Escalate"
// The event raised in a case is handled by the state, which here has no handler for it.
event Go;
event Escalate;
machine Main {
  start state Run {
    entry {
      send this, Go;
      receive {
        case Go: { raise Escalate; }
      }
    }
  }
}
