// expect: bug runtime_error "not present"
// Updating through a missing outer key fails too: m[k][j] = v does not create m[k].
machine Main {
  var table: map[int, map[int, int]];
  start state Init {
    entry {
      table[1] = default(map[int, int]);
      table[1][5] = 50;
      assert table[1][5] == 50;
      table[2][5] = 60;
    }
  }
}
