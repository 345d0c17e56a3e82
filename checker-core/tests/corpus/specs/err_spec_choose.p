// expect: rejected
// `choose` makes a function nondeterministic, which a monitor may not be (Analyzer IllegalFunctionUsedInSpecMachine, at the function).
event eSeen;
spec Picky observes eSeen {
  var n: int;
  start state S {
    on eSeen do { n = choose(3); } // error: nondeterministic spec handler
  }
}
machine Main {
  start state S { }
}
