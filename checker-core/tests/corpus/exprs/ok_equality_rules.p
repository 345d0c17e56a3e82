// expect: accepted
// `==`/`!=` are allowed whenever one side is assignable to the other: any vs int, machine vs interface, null vs machine/event/any, collections vs collections of any.
// tests: DefaultImpl
event eX;
machine Main {
  var a: any;
  var m: machine;
  var ev: event;
  var d: data;
  var ints: seq[int];
  var anys: seq[any];
  start state S {
    entry {
      assert a == null && m == null && ev == null && d == null;
      a = 3;
      assert a == 3 && 3 == a && a != "3";
      m = this;
      assert m == this && this == m;
      ev = eX;
      assert ev == eX && eX != halt;
      assert ints == anys;
      assert (1, true) == (1, true) && (x = 1, y = 2) != (x = 2, y = 1);
    }
  }
}
