// expect: accepted
// `null` is a value of machine, event, any and data (and their defaults); comparisons with null are legal there.
// tests: DefaultImpl
machine Main {
  var m: machine;
  var e: event;
  var a: any;
  var d: data;
  var ms: seq[machine];
  start state S {
    entry {
      assert m == null && e == null && a == null && d == null;
      ms += (0, null);
      ms[0] = this;
      m = null;
      a = m;
    }
  }
}
