// expect: accepted
// `pairwise` keeps a greedy subset of the product covering every pair of parameter values (ParamAssignment.GreedyCoverageExplore, ties to the earliest assignment).
// tests: tcPairs___replicas_1__fastPath_true__budget_neg1, tcPairs___replicas_2__fastPath_false__budget_neg1, tcPairs___replicas_2__fastPath_true__budget_10, tcPairs___replicas_1__fastPath_false__budget_10, tcPairs___replicas_3__fastPath_true__budget_neg1, tcPairs___replicas_3__fastPath_false__budget_10
param replicas: int;
param fastPath: bool;
param budget: int;
machine Main {
  start state S { }
}
test param (replicas in [1, 2, 3], fastPath in [true, false], budget in [-1, 10]) pairwise tcPairs [main=Main]: { Main };
