// expect: rejected
// `+= (a, b)` inserts into a seq or map; a set takes a single value.
machine Main {
  var tags: set[string];
  start state S {
    entry {
      tags += (0, "a"); // error: sets have no positions
    }
  }
}
