// expect: rejected
// `as` between named tuples with different field names is rejected: neither type is assignable to the other.
machine Main {
  var a: (x: int, y: int);
  var b: (u: int, v: int);
  start state S {
    entry {
      b = a as (u: int, v: int); // error: different field names
    }
  }
}
