// expect: accepted
// Global functions and machine methods may be mutually recursive.
// tests: DefaultImpl
fun IsEven(n: int): bool { if (n == 0) { return true; } return IsOdd(n - 1); }
fun IsOdd(n: int): bool { if (n == 0) { return false; } return IsEven(n - 1); }
machine Main {
  var calls: int;
  fun Ping(n: int) { calls = calls + 1; if (n > 0) { Pong(n - 1); } }
  fun Pong(n: int) { calls = calls + 1; if (n > 0) { Ping(n - 1); } }
  start state S { entry { assert IsEven(4) && IsOdd(3); Ping(3); } }
}
