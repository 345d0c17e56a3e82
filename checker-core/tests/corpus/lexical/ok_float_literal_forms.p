// expect: accepted
// Float literals: digits on both sides, no integer part, leading zeros, and negation of a float literal.
// tests: DefaultImpl
machine Main {
  var f: float;
  start state S {
    entry {
      f = 0.5;
      f = .25;
      f = 10.0;
      f = 007.50;
      f = -3.75;
      assert f < 0.0;
    }
  }
}
