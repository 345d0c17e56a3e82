// expect: accepted
// Locals and parameters with the same names in different functions, handlers and receive cases do not conflict.
// tests: DefaultImpl
event eA : int;
event eB : int;
fun F(x: int): int { var y: int; y = x; return y; }
fun G(x: int): int { var y: int; y = x + 1; return y; }
machine Main {
  fun H(x: int) { var y: int; y = x; }
  start state S {
    entry { var y: int; y = F(1) + G(2); H(y); }
    on eA do (x: int) { var y: int; y = x; }
    on eB do (x: int) { var y: int; y = x; }
  }
  state T {
    entry (x: int) { var y: int; y = x; }
  }
}
