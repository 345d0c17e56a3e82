// expect: pass
// Float division by zero gives infinities, not an error; float % is fmod.
machine Main {
  var zero: float;
  var inf: float;
  start state Init {
    entry {
      inf = 1.0 / zero;
      assert inf > 1000000000.0;
      assert (-1.0) / zero < -1000000000.0;
      assert 5.5 % 2.0 == 1.5;
      assert (0.0 - 5.5) % 2.0 == -1.5;
      assert 1.5 * 2.0 == 3.0 && 7.0 / 2.0 == 3.5 && .5 + .25 == 0.75;
      assert 2.5 < 2.6 && -2.5 < -2.4;
    }
  }
}
