// expect: rejected
// Locals are declared only at the start of a function body, before any statement (grammar: functionBody).
machine Main {
  start state S {
    entry {
      var a: int;
      a = 1;
      var b: int; // error: declaration after a statement
    }
  }
}
