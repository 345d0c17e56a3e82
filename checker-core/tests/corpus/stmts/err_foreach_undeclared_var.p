// expect: rejected
// The `foreach` variable must already be declared as a local or field.
machine Main {
  var xs: seq[int];
  var total: int;
  start state S {
    entry {
      foreach (item in xs) { // error: `item` is not declared
        total = total + 1;
      }
    }
  }
}
