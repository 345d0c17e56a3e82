// expect: rejected
// The one-value `+=` form adds to a set; a map needs `+= (key, value)`.
machine Main {
  var m: map[int, int];
  start state S {
    entry {
      m += (1, 2);
      m += (3); // error: map insert needs a key and a value
    }
  }
}
