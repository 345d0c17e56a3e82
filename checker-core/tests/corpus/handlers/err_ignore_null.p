// expect: rejected
// `null` cannot be ignored either (grammar: ignore nonDefaultEventList).
machine Main {
  start state S {
    ignore null; // error: null cannot be ignored
  }
}
