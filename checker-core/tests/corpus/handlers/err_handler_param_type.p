// expect: rejected
// A do-handler parameter must accept the event payload type (MachineChecker.ValidateEventPayloadToTransitionTarget).
event eCount : int;
machine Main {
  start state S {
    on eCount do (s: string) { } // error: int payload, string parameter
  }
}
