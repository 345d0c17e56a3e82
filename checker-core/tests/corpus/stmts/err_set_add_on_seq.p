// expect: rejected
// `x += (e);` (one value) is a set add; on a seq it is an error, which needs `+= (index, value)`.
machine Main {
  var xs: seq[int];
  var ys: set[int];
  start state S {
    entry {
      ys += (1);
      xs += (1); // error: seq insert needs an index
    }
  }
}
