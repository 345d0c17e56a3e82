// expect: rejected
// An assertion condition must be a bool and its message a string.
machine Main {
  var n: int;
  start state S {
    entry {
      assert n; // error: int condition
      assert n == 0, 42; // error: int message
    }
  }
}
