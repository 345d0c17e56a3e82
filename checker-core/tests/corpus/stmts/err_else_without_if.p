// expect: rejected
// `else` must follow an if statement.
machine Main {
  var x: int;
  start state S {
    entry {
      { x = 1; } else { x = 2; } // error: else without if
    }
  }
}
