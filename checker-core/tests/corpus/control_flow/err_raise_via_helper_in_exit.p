// expect: rejected
// The restriction is transitive: an exit function calling a method that raises is rejected (Analyzer ChangedStateMidTransition, at the exit function).
event eOops;
machine Main {
  fun Shout() { raise eOops; }
  fun Leaving() { Shout(); } // error: exit handler that may raise
  start state S {
    exit Leaving;
  }
}
