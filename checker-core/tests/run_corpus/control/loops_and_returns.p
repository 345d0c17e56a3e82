// expect: pass
// while with break and continue, early returns from inside loops.
fun FirstAbove(xs: seq[int], limit: int): int {
  var i: int;
  while (i < sizeof(xs)) {
    if (xs[i] > limit) { return i; }
    i = i + 1;
  }
  return -1;
}
machine Main {
  var xs: seq[int];
  var i: int;
  var odd: int;
  start state Init {
    entry {
      while (true) {
        i = i + 1;
        if (i > 9) { break; }
        if (i % 2 == 0) { continue; }
        odd = odd + 1;
        xs += (sizeof(xs), i);
      }
      assert odd == 5 && i == 10;
      assert FirstAbove(xs, 4) == 2 && FirstAbove(xs, 100) == -1;
    }
  }
}
