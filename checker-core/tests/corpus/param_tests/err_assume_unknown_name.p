// expect: rejected
// A test's assume expression can only mention declared names; `budgetx` is not one.
param budget: int;
machine Main {
  start state S { }
}
test param (budget in [1, 2]) assume (budgetx > 1) tcBudget [main=Main]: { Main }; // error: unknown name in assume
