// expect: pass
// Sets and maps compare by contents whatever the insertion order; seqs compare in order.
machine Main {
  var s1: set[(int, string)];
  var s2: set[(int, string)];
  var m1: map[string, seq[int]];
  var m2: map[string, seq[int]];
  var q1: seq[int];
  var q2: seq[int];
  var pair: (int, string);
  var count: int;
  start state S {
    entry {
      s1 += ((1, "a")); s1 += ((2, "b"));
      s2 += ((2, "b")); s2 += ((1, "a"));
      assert s1 == s2, "set equality ignores order";
      q1 += (0, 1); q1 += (1, 2);
      q2 += (0, 2); q2 += (1, 1);
      assert q1 != q2, "seq equality is ordered";
      m1["x"] = q1; m1["y"] = q2;
      m2["y"] = q2; m2["x"] = q1;
      assert m1 == m2, "map equality ignores order";
      m2["x"] = q2;
      assert m1 != m2;
      foreach (pair in s1) { count = count + pair.0; }
      assert count == 3;
    }
  }
}
