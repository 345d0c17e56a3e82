// expect: accepted
// The remaining proof-script forms parse and are ignored by the checker: `prove default`, `prove *`, `using` and `except` lists, empty Lemma and Theorem blocks, several invariants in one group (the prove/using graph must stay acyclic, ProofBlockVisitor).
// tests: DefaultImpl
invariant one: true;
invariant two: 1 < 2;
Lemma Empty { }
Theorem Pair {
  invariant left: true;
  invariant right: !false;
}
Proof {
  prove default;
  prove *;
  prove one, two using left, right except two;
}
machine Main {
  start state S { }
}
