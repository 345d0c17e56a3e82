// expect: rejected
// Receive cases must name declared events.
machine Main {
  start state S {
    entry {
      receive {
        case eNever: { } // error: unknown event
      }
    }
  }
}
