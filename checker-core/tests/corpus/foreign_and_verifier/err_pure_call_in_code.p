// expect: rejected
// Pure functions are PVerifier-only: they can be called from invariants, but a call from executable code has no code generation in the checker.
pure Square(n: int): int = n * n;
invariant squares: Square(2) == 4;
machine Main {
  var n: int;
  start state S {
    entry {
      n = Square(3); // error: pure function called from code
    }
  }
}
