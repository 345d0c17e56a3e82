// expect: bug runtime_error "out of range"
// Removing requires index < size, unlike insert.
machine Main {
  var q: seq[int];
  var i: int;
  start state Init {
    entry {
      q += (0, 7);
      q += (1, 8);
      i = sizeof(q);
      q -= i;
    }
  }
}
