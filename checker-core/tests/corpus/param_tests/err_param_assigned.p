// expect: rejected
// Global parameters are read-only (Scope.LookupLvalue ModifyGlobalParam).
param limit: int;
machine Main {
  start state S {
    entry {
      limit = 3; // error: params cannot be assigned
    }
  }
}
