// expect: rejected
// `=` is a statement, not an operator: it cannot appear inside a condition (`==` compares).
// known-bad-diagnostics: a cascading "condition of `if` has type `int`" after the real P1030.
machine Main {
  var x: int;
  start state S {
    entry {
      if (x == 1) { x = 2; }
      if (x = 1) { x = 2; } // error: assignment inside a condition
    }
  }
}
