// expect: rejected
// Parameters and locals live in the same function scope: a local cannot redeclare a parameter.
fun Scale(factor: int): int {
  var factor: int; // error: duplicate declaration of `factor`
  return 1;
}
machine Main {
  start state S { }
}
