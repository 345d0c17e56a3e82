// expect: rejected
// P does not treat `while (true)` as returning: SurelyReturns has no case for loops, so this function is rejected.
fun Spin(): int { // error: not all paths return
  while (true) { return 1; }
}
machine Main {
  start state S { }
}
