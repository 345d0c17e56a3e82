// expect: accepted
// Function and handler parameters are ordinary local variables: they can be assigned and modified (by-value, so the caller is unaffected).
// tests: DefaultImpl
event eNum : int;
fun Clamp(x: int, lo: int, hi: int): int {
  if (x < lo) { x = lo; }
  if (x > hi) { x = hi; }
  return x;
}
fun Grow(xs: seq[int]): seq[int] { xs += (sizeof(xs), 0); return xs; }
machine Main {
  var kept: seq[int];
  start state S {
    entry { kept = Grow(kept); assert Clamp(15, 0, 10) == 10; }
    on eNum do (n: int) { n = n * 2; kept += (0, n); }
  }
}
