// expect: rejected
// Within a machine, functions and states share one namespace (Scope.cs Put(Function): functions vs states).
machine Main {
  start state Ready { }
  fun Ready() { } // error: `Ready` is already a state
}
