// expect: rejected
// A test's assume expression must be a bool: P evaluates it with SimpleExprEval.ForceBool, which fails on an int.
param budget: int;
machine Main {
  start state S { }
}
test param (budget in [1, 2]) assume (budget + 1) tcBudget [main=Main]: { Main }; // error: int assume
