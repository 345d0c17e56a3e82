// expect: pass
// `to int` truncates a float toward zero; `to float` widens an int; ints and floats never mix in arithmetic.
machine Main {
  var f: float;
  var n: int;
  start state Init {
    entry {
      f = 3.99;
      n = f to int;
      assert n == 3;
      f = -3.99;
      assert (f to int) == -3;
      assert (7 to float) / 2.0 == 3.5;
      assert ((7 to float) to int) == 7;
    }
  }
}
