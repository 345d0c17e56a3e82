// expect: accepted
// Unary operators nest: `!!b`, `- -n`, `-(-n)`, and unary minus binds tighter than multiplication.
// tests: DefaultImpl
machine Main {
  var b: bool;
  var n: int;
  start state S {
    entry {
      b = !!true;
      n = - -4;
      n = -(-n);
      assert -n * 2 == -8;
      assert !!b && !(!b);
    }
  }
}
