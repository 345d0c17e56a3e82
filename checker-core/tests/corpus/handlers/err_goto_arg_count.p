// expect: rejected
// A `goto` must pass exactly as many values as the target entry takes (StatementVisitor.VisitGotoStmt IncorrectArgumentCount).
machine Main {
  start state A {
    entry {
      goto B, 1;
      goto B; // error: B expects a payload
    }
  }
  state B {
    entry (n: int) { }
  }
}
