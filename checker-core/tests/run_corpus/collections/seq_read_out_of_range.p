// expect: bug runtime_error "out of range"
// Reading one past the last element.
fun Last(xs: seq[int]): int {
  return xs[sizeof(xs)];
}
machine Main {
  var xs: seq[int];
  start state Init {
    entry {
      xs += (0, 3);
      print format("last is {0}", Last(xs));
    }
  }
}
