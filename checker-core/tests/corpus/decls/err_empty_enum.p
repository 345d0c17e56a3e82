// expect: rejected
// An enum needs at least one element (grammar: enumElemList is non-empty).
enum Nothing { } // error: enum without elements
machine Main {
  start state S { }
}
