// expect: accepted
// Assignable places: variables, named and positional tuple fields, seq and map elements, and chains of them.
// tests: DefaultImpl
type tCell = (row: int, vals: seq[int]);
machine Main {
  var grid: map[string, tCell];
  var pairs: seq[(int, string)];
  start state S {
    entry {
      grid["a"] = (row = 1, vals = default(seq[int]));
      grid["a"].row = 2;
      grid["a"].vals += (0, 9);
      grid["a"].vals[0] = 10;
      pairs += (0, (1, "one"));
      pairs[0].1 = "uno";
      pairs[0] = (2, "dos");
    }
  }
}
