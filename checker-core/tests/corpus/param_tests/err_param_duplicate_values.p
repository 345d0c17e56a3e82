// expect: rejected
// Repeated values in a parameter list are rejected (ParamVisitor: all test values must be unique).
param n: int;
machine Main {
  start state S { }
}
test param (n in [2, 2]) tcDup [main=Main]: { Main }; // error: 2 appears twice
