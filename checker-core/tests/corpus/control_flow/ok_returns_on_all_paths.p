// expect: accepted
// Non-void functions return on every path: if/else with returns in both branches, `assert false` as a dead end, returns inside nested blocks (FunctionValidator.SurelyReturns).
// tests: DefaultImpl
fun Sign(x: int): int {
  if (x > 0) { return 1; } else { if (x < 0) { return -1; } else { return 0; } }
}
fun Pick(flag: bool): string {
  if (flag) { return "yes"; }
  assert false, "only called with true";
}
fun Nested(): bool {
  { { return true; } }
}
fun Loop(limit: int): int {
  var i: int;
  while (i < limit) {
    if (i == 5) { return i; }
    i = i + 1;
  }
  return -1;
}
machine Main {
  start state S {
    entry { assert Sign(-3) == -1 && Pick(true) == "yes" && Nested() && Loop(2) == -1; }
  }
}
