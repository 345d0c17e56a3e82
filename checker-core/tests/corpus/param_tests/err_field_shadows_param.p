// expect: rejected
// A machine field may not reuse the name of a global param either: P checks every variable visible from each function (Scope.ValidateGlobalParamsUnique) and reports the field.
param budget: int;
machine Main {
  var budget: int; // error: field named like the global param `budget`
  start state S {
    entry { }
  }
}
