// expect: accepted
// while loops with compound conditions, nested loops, loops in functions that return from inside, and loops over collection sizes that shrink.
// tests: DefaultImpl
fun FirstOver(xs: seq[int], limit: int): int {
  var i: int;
  while (i < sizeof(xs) && xs[i] <= limit) { i = i + 1; }
  if (i == sizeof(xs)) { return -1; }
  return xs[i];
}
machine Main {
  var q: seq[int];
  start state S {
    entry {
      var i: int;
      var j: int;
      q += (0, 5);
      q += (1, 50);
      while (sizeof(q) > 0) { q -= 0; }
      while (i < 3) {
        j = 0;
        while (j < i) { j = j + 1; }
        i = i + 1;
      }
      assert FirstOver(default(seq[int]), 3) == -1;
    }
  }
}
