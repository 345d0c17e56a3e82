// expect: bug assertion "took the later one"
// With several matching events queued, receive takes the earliest one.
event Red;
event Blue;
machine Main {
  start state Run {
    entry {
      send this, Blue;
      send this, Red;
      receive {
        case Red: { assert false, "took the later one"; }
        case Blue: { }
      }
      receive {
        case Red: { assert false, "took the later one"; }
        case Blue: { }
      }
    }
  }
}
