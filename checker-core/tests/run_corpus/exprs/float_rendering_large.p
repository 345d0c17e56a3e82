// expect: pass
// prints: "large 1E+15 100000000000000 1.000000000000001E+15 -2.5"
// Large floats switch to scientific notation from 15 digits on, as .NET's double.ToString() does.
machine Main {
  start state S {
    entry {
      print format("large {0} {1} {2} {3}", 1000000.0 * 1000000000.0, 100000.0 * 1000000000.0,
        1000000.0 * 1000000000.0 + 1.0, 0.0 - 2.5);
    }
  }
}
