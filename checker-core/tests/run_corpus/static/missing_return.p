// expect: static-error
// A function returning a value must return on every path.
fun Sign(x: int): int {
  if (x > 0) { return 1; }
  else if (x < 0) { return -1; }
}
machine Main { start state S { entry { assert Sign(2) == 1; } } }
