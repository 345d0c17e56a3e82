// expect: rejected
// `choose(n)` with a literal n above 10000 is rejected statically (IllegalChooseSubExprValue).
machine Main {
  var n: int;
  start state S {
    entry {
      n = choose(10000);
      n = choose(10001); // error: more than 10000 choices
    }
  }
}
