// expect: rejected
// `%` works on ints or floats only.
machine Main {
  var r: int;
  start state S {
    entry {
      r = true % 2; // error: bool % int
    }
  }
}
