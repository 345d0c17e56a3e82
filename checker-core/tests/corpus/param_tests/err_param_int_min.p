// expect: rejected
// `-2147483648` in a parameter list is rejected: the literal 2147483648 is parsed before the sign (ParamVisitor ValueOutOfRange).
param n: int;
machine Main {
  start state S { }
}
test param (n in [-2147483647, -2147483648]) tcLow [main=Main]: { Main }; // error: out of range
