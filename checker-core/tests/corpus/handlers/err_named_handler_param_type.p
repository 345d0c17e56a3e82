// expect: rejected
// A named do-handler's parameter must accept the event payload (MachineChecker.ValidateTransitions).
event eCount : int;
machine Main {
  fun OnCount(label: string) { }
  start state S { on eCount do OnCount; } // error: int payload, string parameter
}
