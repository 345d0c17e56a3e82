// expect: accepted
// Test `assume` expressions may use arithmetic, comparison, equality and logic over int and bool parameters (SimpleExprEval).
// tests: tcMath___x_2__y_4__enabled_true, tcMath___x_neg1__y_1__enabled_false
param x, y: int;
param enabled: bool;
machine Main {
  start state S { }
}
test param (x in [-1, 2], y in [1, 4], enabled in [true, false]) assume ((x * 2 == y && enabled) || (x + y == 0 && !enabled) || (y - x > 10)) tcMath [main=Main]: { Main };
