// expect: rejected
// Global test params may not be shadowed anywhere, including by an event handler's parameter (Scope.ValidateGlobalParamsUnique runs for every function, anonymous ones included).
param limit: int;
event eValue : int;
machine Main {
  start state S {
    on eValue do (limit: int) { } // error: handler parameter named like the global param `limit`
  }
}
