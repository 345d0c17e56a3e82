// expect: rejected
// Named tuples are accessed by field name and positional tuples by index; P does not mix them (VisitTupleAccessExpr needs a TupleType, VisitNamedTupleAccessExpr a NamedTupleType).
machine Main {
  var named: (a: int, b: int);
  var pos: (int, int);
  var n: int;
  start state S {
    entry {
      n = named.a + pos.0;
      n = named.0; // error: positional access on a named tuple
      n = pos.a; // error: field access on a positional tuple
    }
  }
}
