// expect: rejected
// Quantifiers (`forall`/`exists`) are verifier-only and cannot be evaluated by the checker.
machine Main {
  var ok: bool;
  start state S {
    entry {
      ok = forall (x: int) :: x == x; // error: quantifier in executable code
    }
  }
}
