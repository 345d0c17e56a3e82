// expect: rejected
// Another machine's fields are not accessible through a reference: `.field` needs a named tuple (machine field access exists only in PVerifier mode, ExprVisitor.VisitNamedTupleAccessExpr).
machine Worker {
  var load: int;
  start state W { }
}
machine Main {
  var w: Worker;
  var n: int;
  start state S {
    entry {
      w = new Worker();
      n = w.load; // error: no field access on a machine reference
    }
  }
}
