// expect: accepted
// Numbers: int and float literals, `to` in both directions, float modulo and division, negative literals, and int arithmetic near the limits.
// tests: DefaultImpl
machine Main {
  var i: int;
  var f: float;
  start state S {
    entry {
      i = -2147483647 - 1;
      i = 2147483647;
      f = 7 to float / 2.0;
      i = f to int;
      assert i == 3;
      f = -.5 * 4.0;
      assert f == -2.0;
      f = 10.5 % 3.0;
      i = -7 / 2;
      i = -7 % 3;
    }
  }
}
