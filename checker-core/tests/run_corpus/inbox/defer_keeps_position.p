// expect: pass
// prints: "all three in order"
// Deferred events stay where they are in the inbox; the first non-deferred event is taken, and once the
// deferral ends the deferred events come out in their original order.
event Data: int;
event Open;
machine Main {
  var seen: seq[int];
  start state Closed {
    defer Data;
    entry {
      send this, Data, 1;
      send this, Data, 2;
      send this, Open;
      send this, Data, 3;
    }
    on Open goto Opened;
  }
  state Opened {
    on Data do (n: int) {
      seen += (sizeof(seen), n);
      if (sizeof(seen) == 3) {
        assert seen[0] == 1 && seen[1] == 2 && seen[2] == 3, "deferred events kept their order";
        print "all three in order";
      }
    }
  }
}
