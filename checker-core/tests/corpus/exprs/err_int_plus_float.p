// expect: rejected
// Arithmetic never mixes int and float (ExprVisitor.VisitBinExpr BinOpTypeMismatch).
machine Main {
  var total: float;
  start state S {
    entry {
      total = 1 + 2.5; // error: int + float
    }
  }
}
