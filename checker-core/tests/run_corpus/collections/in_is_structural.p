// expect: pass
// `in` uses deep value equality, also through `any`.
machine Main {
  var bag: seq[any];
  var reg: map[(int, int), string];
  var grid: seq[seq[int]];
  var row: seq[int];
  start state Init {
    entry {
      bag += (0, (4, 5));
      bag += (1, "five");
      bag += (2, 6);
      assert (4, 5) in bag;
      assert "five" in bag && 6 in bag && !(7 in bag);
      assert !(6.0 in bag), "int 6 and float 6.0 differ";
      reg[(1, 2)] = "p";
      assert (1, 2) in reg && !((2, 1) in reg);
      row += (0, 1);
      row += (1, 2);
      grid += (0, row);
      row[1] = 3;
      assert !(row in grid);
      row[1] = 2;
      assert row in grid;
    }
  }
}
