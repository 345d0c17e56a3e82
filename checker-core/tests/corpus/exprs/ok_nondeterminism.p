// expect: accepted
// Nondeterministic choices: `$`, `$$`, `choose()`, `choose(n)` with n up to 10000, and `choose` over seq, set and map (map gives a key).
// tests: DefaultImpl
machine Main {
  var flips: seq[bool];
  var names: set[string];
  var ages: map[string, int];
  var n: int;
  var who: string;
  start state S {
    entry {
      flips += (0, $);
      flips += (0, $$);
      flips += (0, choose());
      n = choose(5);
      n = choose(10000);
      n = choose(n + 1);
      names += ("ann");
      who = choose(names);
      ages["bo"] = 3;
      who = choose(ages);
    }
  }
}
