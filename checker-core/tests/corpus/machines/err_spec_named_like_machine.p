// expect: rejected
// Specs and machines share one namespace (Scope.cs: machines, interfaces, enums, typedefs).
event eX;
machine Checker {
  start state S { }
}
spec Checker observes eX { // error: `Checker` is already a machine
  start state S { ignore eX; }
}
