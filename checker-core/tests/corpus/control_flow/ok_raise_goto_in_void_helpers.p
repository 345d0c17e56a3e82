// expect: accepted
// `raise` and `goto` may appear in void helper methods called from entry and do handlers (only exit and `with` functions are restricted).
// tests: DefaultImpl
event eRetry;
machine Main {
  var tries: int;
  fun MaybeRetry() {
    if (tries < 3) { raise eRetry; }
    goto Given;
  }
  start state Trying {
    entry { tries = tries + 1; MaybeRetry(); }
    on eRetry goto Trying;
  }
  state Given { }
}
