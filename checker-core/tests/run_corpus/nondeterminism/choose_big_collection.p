// expect: bug runtime_error "10000"
// schedules: 3
// A collection with more than 10000 elements is too big to choose from.
machine Main {
  var s: set[int];
  var i: int;
  start state S {
    entry {
      while (i <= 10000) { s += (i); i = i + 1; }
      assert sizeof(s) == 10001;
      i = choose(s);
    }
  }
}
