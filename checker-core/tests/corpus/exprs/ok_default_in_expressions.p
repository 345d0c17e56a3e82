// expect: accepted
// `default(T)` is an ordinary expression: compared, passed as an argument, indexed into, inserted.
// tests: DefaultImpl
type tConf = (retries: int, tags: seq[string]);
fun Retries(c: tConf): int { return c.retries; }
machine Main {
  var confs: seq[tConf];
  start state S {
    entry {
      assert Retries(default(tConf)) == 0;
      confs += (0, default(tConf));
      assert confs[0] == default(tConf);
      assert sizeof(default(tConf).tags) == 0;
      assert default((int, bool)) == (0, false);
    }
  }
}
