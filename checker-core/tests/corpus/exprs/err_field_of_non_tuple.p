// expect: rejected
// Field access on a value that is not a tuple.
machine Main {
  var n: int;
  start state S {
    entry {
      n = n.size; // error: int has no fields
    }
  }
}
