// expect: pass
// prints: "urgent then queued"
// A raised event is handled next, before events already waiting in the inbox.
event Queued;
event Urgent;
machine Main {
  var order: seq[string];
  start state Run {
    entry {
      send this, Queued;
      raise Urgent;
    }
    on Urgent do { order += (sizeof(order), "urgent"); }
    on Queued do {
      order += (sizeof(order), "queued");
      assert order[0] == "urgent" && order[1] == "queued";
        print "urgent then queued";
    }
  }
}
