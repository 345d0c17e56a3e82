// expect: pass
// prints: "nested defaults ok"
// Defaults reach inside tuples and named tuples: enum fields take their smallest element, collections
// start empty, nested tuples are defaulted field by field.
enum Phase { Late = 9, Early = 2 }
type Record = (phase: Phase, tags: set[string], inner: (n: int, ok: bool, names: seq[string]), who: machine);
machine Main {
  var r: Record;
  var rs: map[int, Record];
  start state S {
    entry {
      assert r.phase == Early, "enum field defaults to its smallest element";
      assert sizeof(r.tags) == 0 && r.inner.n == 0 && !r.inner.ok && sizeof(r.inner.names) == 0;
      assert r.who == null;
      assert r == default(Record);
      rs[1] = default(Record);
      rs[1].inner.names += (0, "x");
      assert rs[1] != r && sizeof(r.inner.names) == 0;
      print "nested defaults ok";
    }
  }
}
