// expect: accepted
// An event whose payload is a one-element tuple may be handled with a parameter of the element type (MachineChecker.ValidateEventPayloadToTransitionTarget special case).
// tests: DefaultImpl
event eWrapped : (int);
machine Main {
  start state S {
    on eWrapped do (n: int) { assert n >= 0; }
  }
  state T {
    on eWrapped do (t: (int)) { assert t.0 >= 0; }
  }
}
