// expect: accepted
// A handler parameter of type `any` accepts an event without payload (null is assignable to any; MachineChecker.ValidateEventPayloadToTransitionTarget).
// tests: DefaultImpl
event ePlain;
machine Main {
  start state S {
    on ePlain do (p: any) { assert p == null; }
  }
}
