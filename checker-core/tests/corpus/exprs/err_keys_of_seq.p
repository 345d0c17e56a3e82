// expect: rejected
// `keys` and `values` apply to maps only.
machine Main {
  var xs: seq[int];
  var ks: seq[int];
  start state S {
    entry {
      ks = keys(xs); // error: keys of a seq
    }
  }
}
