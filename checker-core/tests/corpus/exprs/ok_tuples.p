// expect: accepted
// Tuple forms: one-element tuple values need a trailing comma (one-element tuple types do not), named tuples use `=`, fields are read and written by position or name, nesting works.
// tests: DefaultImpl
type tRange = (lo: int, hi: int);
machine Main {
  var single: (int);
  var named1: (only: string);
  var pair: (int, bool);
  var r: tRange;
  var nested: (inner: (a: int, b: seq[int]), flag: bool);
  start state S {
    entry {
      single = (5,);
      assert single.0 == 5;
      named1 = (only = "x",);
      assert named1.only == "x";
      pair = (1, true);
      pair.0 = pair.0 + 1;
      pair.1 = !pair.1;
      r = (lo = 1, hi = 10);
      r.hi = r.lo + 1;
      nested = (inner = (a = 1, b = default(seq[int])), flag = false);
      nested.inner.b += (0, 42);
      nested.inner.b[0] = nested.inner.b[0] + 1;
      assert nested.inner.b[0] == 43;
      assert ((1, 2)).1 == 2;
    }
  }
}
