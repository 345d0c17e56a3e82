// expect: accepted
// `foreach` over a seq, a set and map keys, with an already-declared loop variable of exactly the element type, and optional `invariant` clauses.
// tests: DefaultImpl
machine Main {
  var words: seq[string];
  var nums: set[int];
  var ages: map[string, int];
  var w: string;
  var n: int;
  var total: int;
  start state S {
    entry {
      words += (0, "x");
      nums += (4);
      ages["k"] = 1;
      foreach (w in words) { print w; }
      foreach (n in nums) invariant total >= 0; { total = total + n; }
      foreach (w in keys(ages)) { total = total + ages[w]; }
      foreach (n in values(ages)) total = total + n;
    }
  }
}
