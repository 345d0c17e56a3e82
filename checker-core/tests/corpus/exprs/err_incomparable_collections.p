// expect: rejected
// Collections with unrelated element types are incomparable with `==`.
machine Main {
  var ints: seq[int];
  var strs: seq[string];
  var same: bool;
  start state S {
    entry {
      same = ints == strs; // error: seq[int] vs seq[string]
    }
  }
}
