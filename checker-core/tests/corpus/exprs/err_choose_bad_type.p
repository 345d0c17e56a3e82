// expect: rejected
// `choose` takes an int, seq, set or map (IllegalChooseSubExprType).
machine Main {
  var b: bool;
  start state S {
    entry {
      b = choose(true); // error: cannot choose from a bool
    }
  }
}
