// expect: accepted
// The remaining proof-script forms parse and are ignored by the checker: `prove default`, `prove * using *`, empty Lemma and Theorem blocks, several invariants in one group.
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
  prove * using *;
  prove one, two using left, right except two;
}
machine Main {
  start state S { }
}
