// expect: rejected
// Logical negation needs a bool operand (ExprVisitor.VisitUnaryExpr).
machine Main {
  var b: bool;
  start state S {
    entry {
      b = !5; // error: ! applied to int
    }
  }
}
