// expect: rejected
// Exit functions take no parameter (MachineChecker ExitFunctionCannotTakeParameters, reported at the state).
machine Main {
  fun Cleanup(code: int) { }
  start state S { exit Cleanup; } // error: exit with a parameter
}
