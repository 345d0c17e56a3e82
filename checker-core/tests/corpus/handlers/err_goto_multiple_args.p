// expect: rejected
// Unlike send/raise/new, `goto S, a, b` is not packed into a tuple: P compares the argument count with the entry's parameter count, at most one (StatementVisitor.VisitGotoStmt IncorrectArgumentCount).
machine Main {
  start state A {
    entry {
      goto B, (1, "one");
      goto B, 2, "two"; // error: two arguments, the entry takes one
    }
  }
  state B {
    entry (p: (int, string)) { }
  }
}
