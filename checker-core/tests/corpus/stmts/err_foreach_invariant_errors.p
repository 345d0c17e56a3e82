// expect: rejected
// Foreach invariants are still visited by P's expression checker: unknown names and ill-typed operators in them are errors (StatementVisitor.VisitForeachStmt visits every invariant).
machine Main {
  var xs: seq[int];
  var x: int;
  start state S {
    entry {
      foreach (x in xs)
        invariant x >= 0;
        invariant missing > 0; // error: unknown name
        invariant x + true; // error: int + bool
      { }
    }
  }
}
