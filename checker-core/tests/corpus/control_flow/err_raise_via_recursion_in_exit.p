// expect: rejected
// Effect propagation runs to a fixpoint through recursive calls: an exit function reaching a raise through mutual recursion is rejected (at the exit function).
event eDeep;
machine Main {
  var n: int;
  fun Ping() { if (n > 0) { n = n - 1; Pong(); } }
  fun Pong() { if (n == 1) { raise eDeep; } Ping(); }
  fun OnLeave() { Ping(); } // error: exit function that may raise
  start state S {
    exit OnLeave;
  }
}
