// expect: rejected
// Only seqs, sets and maps can be indexed with `[..]` (ExprVisitor.VisitSeqAccessExpr).
machine Main {
  var n: int;
  start state S {
    entry {
      n = 12;
      n = n[0]; // error: int cannot be indexed
    }
  }
}
