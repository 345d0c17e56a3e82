// expect: pass
// choose(0) returns 0 rather than failing.
machine Main {
  var n: int;
  start state S {
    entry {
      assert choose(n) == 0;
    }
  }
}
