// expect: accepted
// Global functions and methods may use `$`, `$$` and `choose` as long as no spec calls them.
// tests: DefaultImpl
fun Coin(): bool { return $; }
fun Die(): int { return choose(6) + 1; }
machine Main {
  var rolls: seq[int];
  fun Roll() { rolls += (sizeof(rolls), Die()); }
  start state S {
    entry {
      if (Coin() || $$) { Roll(); }
      Roll();
    }
  }
}
