// expect: rejected
// Named entry functions take at most one parameter (MachineChecker MoreThanOneParameterForHandlers, reported at the state).
machine Main {
  fun Setup(a: int, b: int) { }
  start state S { entry Setup; } // error: two parameters
}
