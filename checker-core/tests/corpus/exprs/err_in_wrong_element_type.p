// expect: rejected
// The left operand of `in` must be assignable to the element (or key) type of the collection.
machine Main {
  var ids: seq[int];
  var found: bool;
  start state S {
    entry {
      found = "7" in ids; // error: string is not an int element
    }
  }
}
