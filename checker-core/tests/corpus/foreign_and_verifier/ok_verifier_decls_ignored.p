// expect: accepted
// PVerifier-only top-level declarations (pure, invariant, axiom, init-condition, Lemma, Theorem, Proof) parse and type-check, and the checker ignores them (PCheckerCodeGenerator.WriteDecl emits nothing for them).
// tests: DefaultImpl
event eBump : int;
pure Successor(n: int): int = n + 1;
pure Bound(): int;
invariant grows: forall (n: int) :: Successor(n) > n;
invariant noneNegative: exists (k: int) :: k >= 0;
invariant logic: forall (p: bool, q: bool) :: (p && q) ==> (p <==> q || p);
axiom 1 + 1 == 2;
init-condition true;
Lemma Arith {
  invariant addZero: forall (n: int) :: n + 0 == n;
}
Theorem Main_Safe {
  invariant trivially: true;
}
Proof {
  prove grows;
}
Proof Named {
  prove noneNegative using addZero;
  prove * except trivially;
}
machine Main {
  var n: int;
  start state S {
    on eBump do (k: int) { n = n + k; }
  }
}
