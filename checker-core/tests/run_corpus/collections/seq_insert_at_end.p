// expect: pass
// Seq insert accepts any index from 0 to size (size appends); remove shifts the tail left.
machine Main {
  var q: seq[string];
  start state Init {
    entry {
      q += (0, "b");
      q += (1, "d");
      q += (0, "a");
      q += (2, "c");
      q += (sizeof(q), "e");
      assert q[0] == "a" && q[1] == "b" && q[2] == "c" && q[3] == "d" && q[4] == "e";
      q -= 0;
      assert q[0] == "b" && sizeof(q) == 4;
      q -= (sizeof(q) - 1);
      assert q[2] == "d" && sizeof(q) == 3;
    }
  }
}
