// expect: rejected
// A local variable may not reuse the name of a global param (Scope.ValidateGlobalParamsUnique).
param depth: int;
fun Probe(): int {
  var depth: int; // error: shadows the global param `depth`
  return 0;
}
machine Main {
  start state S { }
}
