// expect: accepted
// seq, set and map operations: insert/add with `+=`, remove with `-=`, indexing, `in`, sizeof, keys/values, nested updates.
// tests: DefaultImpl
machine Main {
  var q: seq[string];
  var seen: set[int];
  var votes: map[string, seq[int]];
  var total: int;
  var k: string;
  var i: int;
  start state S {
    entry {
      q += (0, "a");
      q += (1, "c");
      q += (1, "b");
      q -= 0;
      q[0] = "B";
      assert "B" in q && sizeof(q) == 2;
      seen += (3);
      seen += (3);
      seen += (9);
      seen -= 9;
      assert 3 in seen && !(9 in seen);
      assert seen[0] == 3;
      votes["x"] = default(seq[int]);
      votes["x"] += (0, 1);
      votes["y"] = votes["x"];
      votes["y"][0] = 5;
      votes += ("z", default(seq[int]));
      votes -= "z";
      assert "x" in votes;
      foreach (k in keys(votes)) {
        total = total + sizeof(votes[k]);
      }
      foreach (i in votes["y"]) {
        total = total + i;
      }
      assert sizeof(values(votes)) == 2;
    }
  }
}
