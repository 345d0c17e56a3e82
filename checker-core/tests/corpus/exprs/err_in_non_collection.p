// expect: rejected
// The right operand of `in` must be a seq, set or map.
machine Main {
  var found: bool;
  start state S {
    entry {
      found = 1 in 5; // error: int is not a collection
    }
  }
}
