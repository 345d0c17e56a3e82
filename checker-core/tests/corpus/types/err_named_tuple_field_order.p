// expect: rejected
// Named tuples match by names in order: `(b = .., a = ..)` is not a `(a: int, b: int)`.
machine Main {
  var range: (lo: int, hi: int);
  start state S {
    entry {
      range = (hi = 9, lo = 1); // error: field names in a different order
    }
  }
}
