// expect: rejected
// Creating a machine whose start entry takes a payload without passing one is an error (TypeCheckingUtils.ValidatePayloadTypes).
machine Timer {
  start state T { entry (ms: int) { } }
}
machine Main {
  start state S {
    entry { new Timer(); } // error: payload expected
  }
}
