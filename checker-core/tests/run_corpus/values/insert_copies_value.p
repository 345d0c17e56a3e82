// expect: pass
// Values put into collections are copies; the collection and the variable evolve separately.
machine Main {
  var pt: (x: int, y: int);
  var pts: seq[(x: int, y: int)];
  var byName: map[string, (x: int, y: int)];
  var seen: set[(x: int, y: int)];
  start state Init {
    entry {
      pt = (x = 1, y = 2);
      pts += (0, pt);
      byName["a"] = pt;
      seen += (pt);
      pt.x = 50;
      assert pts[0].x == 1 && byName["a"].x == 1;
      assert (x = 1, y = 2) in seen && !(pt in seen);
      pts[0].y = 9;
      assert byName["a"].y == 2;
    }
  }
}
