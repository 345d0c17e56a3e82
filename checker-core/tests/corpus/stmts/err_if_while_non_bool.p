// expect: rejected
// The conditions of `if` and `while` must be bools.
machine Main {
  var n: int;
  start state S {
    entry {
      if (n) { n = 1; } // error: int condition
      while (n + 1) { n = 0; } // error: int condition
    }
  }
}
