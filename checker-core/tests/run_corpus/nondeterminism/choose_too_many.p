// expect: bug runtime_error "10000"
// More than 10000 choices computed at runtime is an error.
machine Main {
  var n: int;
  start state S {
    entry {
      n = 10000;
      assert choose(n) < 10000;
      n = n + 1;
      assert choose(n) < 10001;
    }
  }
}
