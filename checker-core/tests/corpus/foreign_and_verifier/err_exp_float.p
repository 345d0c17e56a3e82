// expect: rejected
// `float(base, exp)` parses, but P's type checker throws NotImplementedException on it (ExprVisitor.VisitExpFloat); Plait rejects it clearly.
machine Main {
  var f: float;
  start state S {
    entry {
      f = float(15, 2); // error: float(base, exp) is not supported
    }
  }
}
