// expect: pass
// prints: "trace: exit-A with:5 entry-B:5"
// on e goto S with f: exit of the old state, then f(payload), then the entry of S with the same payload.
event Move: int;
machine Main {
  var trace: string;
  start state A {
    entry { send this, Move, 5; }
    exit { trace = trace + "exit-A "; }
    on Move goto B with (v: int) { trace = trace + format("with:{0} ", v); }
  }
  state B {
    entry (v: int) {
      trace = trace + format("entry-B:{0}", v);
      assert trace == "exit-A with:5 entry-B:5", trace;
      print format("trace: {0}", trace);
    }
  }
}
