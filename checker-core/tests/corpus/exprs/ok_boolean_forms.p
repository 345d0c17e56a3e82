// expect: accepted
// Boolean expressions: nested parentheses, && binding tighter than ||, negations of comparisons, bool equality.
// tests: DefaultImpl
machine Main {
  var a: bool;
  var b: bool;
  var c: bool;
  start state S {
    entry {
      a = true;
      assert a || b && c;
      assert (a || b) && !c;
      assert !(a && b) == (!a || !b);
      assert (1 < 2) == true && (2 <= 2) != false;
      c = a && (b || !b);
    }
  }
}
