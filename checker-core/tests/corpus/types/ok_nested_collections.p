// expect: accepted
// Collections of collections and tuples, maps with tuple keys, sets of sets and default values of all of them.
// tests: DefaultImpl
type tKey = (shard: int, name: string);
machine Main {
  var index: map[tKey, set[int]];
  var matrix: seq[seq[float]];
  var groups: set[set[string]];
  var pairs: seq[(seq[int], map[string, bool])];
  start state S {
    entry {
      index[(shard = 1, name = "a")] = default(set[int]);
      index[(shard = 1, name = "a")] += (3);
      matrix += (0, default(seq[float]));
      matrix[0] += (0, 1.0);
      groups += (default(set[string]));
      pairs += (0, (default(seq[int]), default(map[string, bool])));
      pairs[0].1["ok"] = true;
      assert 3 in index[(shard = 1, name = "a")];
    }
  }
}
