// expect: rejected
// `continue` in an if that is not inside a loop is an error.
machine Main {
  var n: int;
  start state S {
    entry {
      if (n == 0) {
        continue; // error: not in a loop
      }
    }
  }
}
