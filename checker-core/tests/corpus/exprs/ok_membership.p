// expect: accepted
// `in` on seqs, sets and maps (keys), with `any` elements and tuple elements; the left side only needs to be assignable to the element type.
// tests: DefaultImpl
machine Main {
  var xs: seq[int];
  var anys: seq[any];
  var pairs: set[(int, string)];
  var m: map[string, bool];
  start state S {
    entry {
      xs += (0, 1);
      anys += (0, "x");
      anys += (1, (4, 5));
      pairs += ((1, "a"));
      m["k"] = true;
      assert 1 in xs;
      assert 3 in anys || "x" in anys || (4, 5) in anys;
      assert (1, "a") in pairs;
      assert "k" in m && !("j" in m);
    }
  }
}
