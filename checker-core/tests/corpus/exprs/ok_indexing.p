// expect: accepted
// Indexing forms: seq by int, map by key (any key type, including tuples), set by position, nested indexing and indexing call results.
// tests: DefaultImpl
fun Table(): map[(int, int), string] {
  var t: map[(int, int), string];
  t[(0, 0)] = "origin";
  return t;
}
machine Main {
  var grid: seq[seq[int]];
  var s: set[string];
  var byName: map[string, seq[int]];
  start state S {
    entry {
      grid += (0, default(seq[int]));
      grid[0] += (0, 9);
      assert grid[0][0] == 9;
      s += ("only");
      assert s[0] == "only";
      byName["a"] = grid[0];
      assert byName["a"][0] == 9;
      assert Table()[(0, 0)] == "origin";
      assert keys(byName)[0] == "a";
    }
  }
}
