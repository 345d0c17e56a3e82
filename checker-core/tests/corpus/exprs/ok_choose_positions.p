// expect: accepted
// Nondeterministic choices can appear anywhere an expression can: indexes, payloads, conditions, arguments, tuple fields.
// tests: DefaultImpl
event eVal : int;
fun Id(n: int): int { return n; }
machine Main {
  var xs: seq[int];
  var t: (a: int, b: bool);
  start state S {
    entry {
      xs += (0, 5);
      xs += (1, 6);
      xs[choose(2)] = Id(choose(100));
      t = (a = choose(3), b = $);
      if (choose() && $$) { send this, eVal, choose(xs); }
      while ($) { xs += (0, 1); }
    }
    on eVal do (v: int) { }
  }
}
