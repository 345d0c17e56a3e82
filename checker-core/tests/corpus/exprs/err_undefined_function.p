// expect: rejected
// Calling a function that does not exist (MissingDeclaration).
machine Main {
  var n: int;
  start state S {
    entry {
      n = Compute(3); // error: no function `Compute`
    }
  }
}
