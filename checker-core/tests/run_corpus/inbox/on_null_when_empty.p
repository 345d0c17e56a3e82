// expect: pass
// prints: "idle after sum 6"
// `on null` runs only when nothing can be dequeued: queued events go first.
event Item: int;
machine Main {
  var sum: int;
  var idleRuns: int;
  start state Busy {
    entry {
      send this, Item, 1;
      send this, Item, 2;
      send this, Item, 3;
    }
    on Item do (n: int) {
      assert idleRuns == 0, "null handler ran while events were waiting";
      sum = sum + n;
    }
    on null do {
      idleRuns = idleRuns + 1;
      assert sum == 6;
        print format("idle after sum {0}", sum);
      goto Finished;
    }
  }
  state Finished { }
}
