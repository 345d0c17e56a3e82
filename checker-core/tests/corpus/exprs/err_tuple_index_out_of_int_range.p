// expect: rejected
// A tuple field index is an int literal too: one that does not fit in 32 bits is out of range (ExprVisitor.VisitTupleAccessExpr ValueOutOfRange).
machine Main {
  var p: (int, int);
  var n: int;
  start state S {
    entry {
      n = p.1;
      n = p.2147483648; // error: index literal out of range
    }
  }
}
