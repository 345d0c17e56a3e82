// expect: accepted
// `(N wise)` with N equal to the number of parameters is the full product in generation order.
// tests: tcAll3___replicas_1__fastPath_true__budget_neg1, tcAll3___replicas_2__fastPath_true__budget_neg1, tcAll3___replicas_1__fastPath_false__budget_neg1, tcAll3___replicas_2__fastPath_false__budget_neg1, tcAll3___replicas_1__fastPath_true__budget_10, tcAll3___replicas_2__fastPath_true__budget_10, tcAll3___replicas_1__fastPath_false__budget_10, tcAll3___replicas_2__fastPath_false__budget_10
param replicas: int;
param fastPath: bool;
param budget: int;
machine Main {
  start state S { }
}
test param (replicas in [1, 2], fastPath in [true, false], budget in [-1, 10]) (3 wise) tcAll3 [main=Main]: { Main };
