// expect: rejected
// An enum is either entirely numbered or entirely unnumbered (grammar: enumElemList | numberedEnumElemList).
enum Priority { LOW = 1, MEDIUM, HIGH = 3 } // error: `MEDIUM` needs a value
machine Main {
  start state S { }
}
