// expect: accepted
// `(1 wise)` covers every single parameter value at least once.
// tests: tcEach___replicas_1__fastPath_true__budget_neg1, tcEach___replicas_2__fastPath_false__budget_10, tcEach___replicas_3__fastPath_true__budget_neg1
param replicas: int;
param fastPath: bool;
param budget: int;
machine Main {
  start state S { }
}
test param (replicas in [1, 2, 3], fastPath in [true, false], budget in [-1, 10]) (1 wise) tcEach [main=Main]: { Main };
