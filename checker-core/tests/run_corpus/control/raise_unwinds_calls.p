// expect: pass
// prints: "reached S2 cleanly"
// raise and goto inside nested calls end the whole handler: code after them never runs.
event Stop;
event Fwd;
machine Main {
  var after: int;
  var stops: int;
  start state S1 {
    entry {
      Outer();
      after = after + 1;
    }
    on Stop do {
      stops = stops + 1;
      assert after == 0, "code after raise ran";
      GoDeep(2);
      after = after + 100;
    }
  }
  state S2 {
    entry { assert after == 0 && stops == 1; print "reached S2 cleanly"; }
  }
  fun Outer() {
    Inner();
    after = after + 10;
  }
  fun Inner() {
    raise Stop;
  }
  fun GoDeep(n: int) {
    if (n == 0) { goto S2; }
    GoDeep(n - 1);
    after = after + 1000;
  }
}
