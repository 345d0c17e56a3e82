// expect: rejected
// Only int and bool values can be listed; string parameters cannot be given values (grammar: seqPrimitive).
param label: string;
machine Main {
  start state S { }
}
test param (label in ["a", "b"]) tcLabel [main=Main]: { Main }; // error: string literal in a param list
