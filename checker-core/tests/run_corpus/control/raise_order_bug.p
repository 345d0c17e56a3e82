// expect: bug assertion "queued event first"
// The opposite expectation: the event sent earlier is not handled before the raised one.
event Queued;
event Urgent;
machine Main {
  var sawQueued: bool;
  start state Run {
    entry {
      send this, Queued;
      raise Urgent;
    }
    on Urgent do { assert sawQueued, "queued event first"; }
    on Queued do { sawQueued = true; }
  }
}
