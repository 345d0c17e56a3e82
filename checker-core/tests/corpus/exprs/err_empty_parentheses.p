// expect: rejected
// `()` is neither a value nor a type: there is no empty tuple in P.
machine Main {
  var a: any;
  start state S {
    entry {
      a = (); // error: empty parentheses
    }
  }
}
