// expect: bug assertion "exact decimal"
// Floats are binary doubles: 0.1 + 0.2 is not exactly 0.3.
machine Main {
  var x: float;
  start state Init {
    entry {
      x = 0.1 + 0.2;
      assert x > 0.29 && x < 0.31;
      assert x == 0.3, "exact decimal";
    }
  }
}
