// expect: accepted
// `foreach` loop invariants are type-checked as expressions but never run by the checker (WriteForeachStmt ignores them), so verifier-only forms are fine there, and P does not even require them to be bool (StatementVisitor.VisitForeachStmt).
// tests: DefaultImpl
machine Main {
  var xs: seq[int];
  var x: int;
  var total: int;
  start state S {
    entry {
      xs += (0, 1);
      foreach (x in xs)
        invariant total >= 0;
        invariant (total > 0) ==> (sizeof(xs) > 0);
        invariant forall (k: int) :: k == k;
        invariant total + x;
      {
        total = total + x;
      }
    }
  }
}
