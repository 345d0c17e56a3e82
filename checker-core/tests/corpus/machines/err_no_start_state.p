// expect: rejected
// Every machine needs exactly one start state (MachineChecker MissingStartState, reported at the machine).
machine Main { // error: no start state
  state Only { }
}
