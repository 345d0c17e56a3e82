// expect: pass
// m[k] = v inserts or updates; -= removes, and removing an absent key does nothing.
machine Main {
  var ages: map[string, int];
  start state Init {
    entry {
      ages["x"] = 1;
      ages["x"] = 2;
      ages["y"] = 3;
      assert sizeof(ages) == 2 && ages["x"] == 2;
      ages -= "x";
      ages -= "nobody";
      assert sizeof(ages) == 1 && !("x" in ages) && "y" in ages;
      ages += ("x", 5);
      assert ages["x"] == 5;
    }
  }
}
