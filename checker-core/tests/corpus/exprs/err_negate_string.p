// expect: rejected
// Unary minus needs an int or float operand (ExprVisitor.VisitUnaryExpr).
machine Main {
  var s: string;
  start state S {
    entry {
      s = -"abc"; // error: - applied to string
    }
  }
}
