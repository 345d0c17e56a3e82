// expect: pass
// prints: "sizes 4 2 3"
// sizeof on each collection kind as they grow and shrink.
machine Main {
  var q: seq[int];
  var s: set[int];
  var m: map[int, int];
  var i: int;
  start state Init {
    entry {
      while (i < 4) {
        q += (0, i);
        s += (i % 2);
        m[i % 3] = i;
        i = i + 1;
      }
      assert q[0] == 3 && q[3] == 0;
      assert m[0] == 3 && m[1] == 1 && m[2] == 2;
      print format("sizes {0} {1} {2}", sizeof(q), sizeof(s), sizeof(m));
    }
  }
}
