// expect: accepted
// Returning from inside nested loops and foreach bodies, and breaking out of the inner of two nested loops.
// tests: DefaultImpl
fun FindPair(xs: seq[int], target: int): (int, int) {
  var i: int;
  var j: int;
  while (i < sizeof(xs)) {
    j = i + 1;
    while (j < sizeof(xs)) {
      if (xs[i] + xs[j] == target) { return (i, j); }
      if (xs[j] > target) { break; }
      j = j + 1;
    }
    i = i + 1;
  }
  return (-1, -1);
}
fun Contains(xs: seq[int], v: int): bool {
  var x: int;
  foreach (x in xs) { if (x == v) { return true; } }
  return false;
}
machine Main {
  start state S {
    entry { assert FindPair(default(seq[int]), 3).0 == -1 && !Contains(default(seq[int]), 1); }
  }
}
