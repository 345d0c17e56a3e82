// expect: rejected
// There is no implicit int/float conversion; `to float` is required.
machine Main {
  var ratio: float;
  start state S {
    entry {
      ratio = 3 to float;
      ratio = 3; // error: int is not float
    }
  }
}
