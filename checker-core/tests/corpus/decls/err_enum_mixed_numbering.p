// expect: rejected
// An enum is either entirely numbered or entirely unnumbered (grammar: enumElemList | numberedEnumElemList).
// known-bad-diagnostics: a cascading P2022 "reuses the value 1" for the element that has no value.
enum Priority { LOW = 1, MEDIUM, HIGH = 3 } // error: `MEDIUM` needs a value
machine Main {
  start state S { }
}
