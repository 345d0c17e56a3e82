// expect: rejected
// `foreach` iterates a seq or a set; a map must be iterated through keys(m) or values(m).
machine Main {
  var m: map[int, int];
  var k: int;
  start state S {
    entry {
      foreach (k in m) { } // error: maps are not iterable directly
    }
  }
}
