// expect: bug runtime_error "empty"
// Choosing from an empty set is an error.
machine Main {
  var s: set[string];
  start state S {
    entry {
      print choose(s);
    }
  }
}
