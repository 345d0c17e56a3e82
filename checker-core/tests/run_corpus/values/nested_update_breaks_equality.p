// expect: bug assertion "snapshot follows the update"
// A tuple read out of a seq is a copy: a later nested update of the seq does not reach it.
machine Main {
  var rows: seq[(int, int)];
  var snap: (int, int);
  start state Init {
    entry {
      rows += (0, (1, 2));
      snap = rows[0];
      rows[0].1 = 103;
      assert snap.1 == 2, "snapshot changed";
      assert snap == rows[0], "snapshot follows the update";
    }
  }
}
