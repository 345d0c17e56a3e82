// expect: pass
// A send copies its payload: changes made by the sender afterwards are not seen by the receiver.
event Batch: seq[int];
event Done;
machine Main {
  var items: seq[int];
  var sink: machine;
  start state Init {
    entry {
      sink = new Sink();
      items += (0, 1);
      items += (1, 2);
      send sink, Batch, items;
      items[0] = 100;
      items += (2, 3);
      send sink, Batch, items;
    }
  }
}
machine Sink {
  var n: int;
  start state Wait {
    on Batch do (b: seq[int]) {
      n = n + 1;
      if (n == 1) {
        assert sizeof(b) == 2 && b[0] == 1, "first batch altered after sending";
      } else {
        assert sizeof(b) == 3 && b[0] == 100;
      }
      b[1] = 77;
    }
  }
}
