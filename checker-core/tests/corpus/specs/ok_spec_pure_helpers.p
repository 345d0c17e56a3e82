// expect: accepted
// Monitors may call global functions that have no side effects, and use their own methods, fields and collections.
// tests: DefaultImpl
event eSample : float;
fun Mean(xs: seq[float]): float {
  var total: float;
  var x: float;
  foreach (x in xs) { total = total + x; }
  if (sizeof(xs) == 0) { return 0.0; }
  return total / (sizeof(xs) to float);
}
spec Stable observes eSample {
  var window: seq[float];
  fun Push(v: float) {
    window += (sizeof(window), v);
    if (sizeof(window) > 4) { window -= 0; }
  }
  start state Watch {
    on eSample do (v: float) {
      Push(v);
      assert Mean(window) < 100.0, format("mean {0} too high", Mean(window));
    }
  }
}
machine Main {
  start state S { entry { announce eSample, 1.5; } }
}
