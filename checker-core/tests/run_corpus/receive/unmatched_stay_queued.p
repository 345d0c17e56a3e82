// expect: bug unhandled_event "Extra"
// Events not matched by the receive stay in the inbox and reach the state's handlers afterwards.
event Extra;
event Needed;
machine Main {
  start state Run {
    entry {
      send this, Extra;
      send this, Needed;
      receive { case Needed: { } }
    }
  }
}
