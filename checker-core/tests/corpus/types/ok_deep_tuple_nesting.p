// expect: accepted
// Deeply nested tuple types and values, read and written through chains of field accesses.
// tests: DefaultImpl
type tInner = (a: int, b: (c: string, d: (e: bool, f: seq[int])));
machine Main {
  var v: (outer: tInner, n: int);
  start state S {
    entry {
      v.outer.b.d.f += (0, 1);
      v.outer.b.d.e = true;
      v.outer.b.c = "deep";
      assert v.outer.b.d.f[0] == 1 && v.outer.b.d.e;
      v = (outer = (a = 1, b = (c = "x", d = (e = false, f = default(seq[int])))), n = 2);
    }
  }
}
