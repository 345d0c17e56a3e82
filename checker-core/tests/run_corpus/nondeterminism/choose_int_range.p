// expect: pass
// choose(n) returns an int in [0, n).
machine Main {
  var i: int;
  var v: int;
  start state S {
    entry {
      while (i < 20) {
        v = choose(7);
        assert v >= 0 && v < 7, format("out of range: {0}", v);
        i = i + 1;
      }
      assert choose(1) == 0;
    }
  }
}
