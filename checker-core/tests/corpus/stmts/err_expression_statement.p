// expect: rejected
// An expression is not a statement: only calls, assignments and the statement keywords can stand alone (grammar: statement).
machine Main {
  var x: int;
  start state S {
    entry {
      x + 1; // error: expression used as a statement
    }
  }
}
