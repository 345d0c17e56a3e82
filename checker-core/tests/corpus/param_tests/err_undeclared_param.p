// expect: rejected
// Every name in a test's param list must be declared with `param` (ModuleExprVisitor UndeclaredGlobalParam).
param count: int;
machine Main {
  start state S { }
}
test param (count in [1], speed in [2]) tcFast [main=Main]: { Main }; // error: `speed` is not a declared param
