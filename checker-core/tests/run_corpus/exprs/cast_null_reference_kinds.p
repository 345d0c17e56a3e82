// expect: bug runtime_error "null"
// Casting a null `any` to a reference kind (machine, seq, ...) succeeds and yields null; the null seq
// then fails when it is used.
machine Main {
  var a: any;
  var m: machine;
  var s: seq[int];
  start state S {
    entry {
      m = a as machine;
      assert m == null;
      s = a as seq[int];
      print format("size {0}", sizeof(s));
    }
  }
}
