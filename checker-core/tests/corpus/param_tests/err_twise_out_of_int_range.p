// expect: rejected
// The N of `(N wise)` must itself fit in an int (ModuleExprVisitor ValueOutOfRange), before the range check against the parameter count.
param p, q: int;
machine Main {
  start state S { }
}
test param (p in [1], q in [2]) (3000000000 wise) tcHuge [main=Main]: { Main }; // error: out of range
