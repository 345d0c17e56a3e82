// expect: pass
// foreach walks a copy taken before the loop: growing or shrinking the seq inside does not change the walk.
machine Main {
  var xs: seq[int];
  var x: int;
  var visited: int;
  var total: int;
  start state Init {
    entry {
      xs += (0, 1);
      xs += (1, 2);
      xs += (2, 3);
      foreach (x in xs) {
        visited = visited + 1;
        total = total + x;
        xs += (sizeof(xs), x * 10);
      }
      assert visited == 3 && total == 6;
      assert sizeof(xs) == 6;
      visited = 0;
      foreach (x in xs) {
        if (x == 2) { continue; }
        if (x == 20) { break; }
        visited = visited + 1;
        xs -= 0;
      }
      assert visited == 3, "continue skipped one, break stopped at 20";
      assert sizeof(xs) == 3;
    }
  }
}
