// expect: rejected
// `-=` takes an int index for a seq, a key for a map, an element for a set.
machine Main {
  var names: map[string, int];
  start state S {
    entry {
      names -= "ann";
      names -= 3; // error: map key is a string
    }
  }
}
