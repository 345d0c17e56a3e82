// expect: pass
// prints: "receiver saw 1 2"
// A monitor gets its own copy of an observed payload: changing it does not affect the receiver's copy.
event Batch: seq[int];
spec Meddler observes Batch {
  start state M {
    on Batch do (b: seq[int]) {
      b[0] = 100;
      b += (2, 3);
      assert sizeof(b) == 3;
    }
  }
}
machine Main {
  start state S {
    entry {
      var b: seq[int];
      b += (0, 1);
      b += (1, 2);
      send this, Batch, b;
    }
    on Batch do (b: seq[int]) {
      assert sizeof(b) == 2 && b[0] == 1;
      print format("receiver saw {0} {1}", b[0], b[1]);
    }
  }
}
test tcCopy [main=Main]: assert Meddler in { Main };
