// expect: pass
// prints: "nulls (, 1) (<1->>) <a:, b:0, >"
// A null inside a collection or tuple prints as nothing.
machine Main {
  var xs: seq[any];
  var m: map[int, any];
  var t: (a: any, b: int);
  start state S {
    entry {
      xs += (0, null);
      xs += (1, 1);
      m[1] = null;
      print format("nulls {0} {1} {2}", xs, m, t);
    }
  }
}
