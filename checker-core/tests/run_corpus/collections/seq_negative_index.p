// expect: bug runtime_error "out of range"
// Negative indices are not "from the end".
machine Main {
  var xs: seq[int];
  var k: int;
  start state Init {
    entry {
      xs += (0, 3);
      xs += (1, 4);
      k = 0 - 1;
      assert xs[k] == 4;
    }
  }
}
