// expect: accepted
// `pairwise` is not range-checked (only `(N wise)` is), and with fewer than two parameters there is no pair to cover, so P generates no test at all from such declarations (ParamAssignment.GreedyCoverageExplore with an empty obligation set).
// known-disagreement: typeck generates `tcNoParamPairwise`; P generates no test when fewer than two parameters are given to pairwise.
// tests: tcPlain
param n: int;
machine Main {
  start state S { }
}
test tcPlain [main=Main]: { Main };
test param (n in [1, 2]) pairwise tcOneParamPairwise [main=Main]: { Main };
test pairwise tcNoParamPairwise [main=Main]: { Main };
