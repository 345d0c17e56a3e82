// expect: rejected
// Only variables can be assigned: enum elements, events and functions are not l-values (Scope.LookupLvalue).
// known-bad-diagnostics: "did you mean `RED`?" suggests the very name that is not a variable.
enum Color { RED }
event eTick;
machine Main {
  start state S {
    entry {
      RED = RED; // error: enum element is not a variable
      eTick = eTick; // error: event is not a variable
    }
  }
}
