// expect: rejected
// A positional tuple and a named tuple are never assignable to each other, even with the same field types.
machine Main {
  var point: (x: int, y: int);
  start state S {
    entry {
      point = (x = 1, y = 2);
      point = (1, 2); // error: unnamed tuple into named tuple
    }
  }
}
