// expect: accepted
// Float arithmetic: all operators and comparisons on floats, negative floats, float modulo, and conversions in both directions.
// tests: DefaultImpl
fun Avg(xs: seq[float]): float {
  var total: float;
  var x: float;
  foreach (x in xs) { total = total + x; }
  return total / (sizeof(xs) to float);
}
machine Main {
  var xs: seq[float];
  start state S {
    entry {
      xs += (0, 1.5);
      xs += (1, -0.5);
      assert Avg(xs) == 0.5;
      assert 7.5 % 2.0 == 1.5 && 3.0 * 2.0 - 1.0 >= 4.99 && -1.0 < .0;
      assert (Avg(xs) * 10.0) to int == 5;
    }
  }
}
