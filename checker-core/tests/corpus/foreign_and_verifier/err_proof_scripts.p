// expect: rejected
// Proof scripts are resolved even when checking: names in `prove ... using ...` must be invariants, and the prove/using graph must be acyclic (ProofBlockVisitor, CyclicProof).
// known-disagreement: parser + typeck: ast::VerifierDecl keeps no body, so proof commands are neither resolved nor checked for cycles as P does.
invariant a: true;
invariant b: 1 == 1;
Proof {
  prove a using b;
  prove b using a; // error: cyclic proof (b uses a, which uses b)
}
Proof Other {
  prove nosuch; // error: no invariant `nosuch`
}
machine Main {
  start state S { }
}
