// expect: bug runtime_error "out of range"
// Inserting at size + 1 is an error.
machine Main {
  var q: seq[int];
  start state Init {
    entry {
      q += (0, 1);
      q += (1, 2);
      q += (3, 4);
    }
  }
}
