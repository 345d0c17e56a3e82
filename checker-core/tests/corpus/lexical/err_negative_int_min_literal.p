// expect: rejected
// `-2147483648` is unary minus applied to 2147483648, which is already out of range (ExprVisitor ValueOutOfRange).
machine Main {
  var low: int;
  start state S {
    entry {
      low = -2147483647;
      low = -2147483648; // error: the literal itself is out of range
    }
  }
}
