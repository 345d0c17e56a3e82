// expect: rejected
// Booleans are not numbers: `true + 1` and `false * 2` are type errors, one per statement.
machine Main {
  var n: int;
  start state S {
    entry {
      n = true + 1; // error: bool + int
      n = 2 * false; // error: int * bool
    }
  }
}
