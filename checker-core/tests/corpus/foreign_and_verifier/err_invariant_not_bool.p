// expect: rejected
// An invariant body must be a bool, even though the checker otherwise ignores invariants (Analyzer TypeMismatch).
invariant sizeIsPositive: 1 + 1; // error: int invariant
machine Main {
  start state S { }
}
