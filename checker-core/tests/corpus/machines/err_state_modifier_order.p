// expect: rejected
// State modifiers come in a fixed order, `start` before `hot`/`cold` (grammar: START? (HOT | COLD)? STATE).
machine Main {
  hot start state S { } // error: `start` must come first
}
