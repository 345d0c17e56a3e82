// expect: rejected
// A function with a return type must return on every path; here the else path falls through (NotAllPathsReturn, at the function).
fun Abs(x: int): int { // error: not all paths return
  if (x < 0) { return -x; }
}
machine Main {
  start state S { }
}
