// expect: pass
// Function arguments and results are copies.
fun Scramble(xs: seq[int]): seq[int] {
  xs[0] = -1;
  xs += (sizeof(xs), 42);
  return xs;
}
machine Main {
  var mine: seq[int];
  var theirs: seq[int];
  start state Init {
    entry {
      mine += (0, 5);
      theirs = Scramble(mine);
      assert mine[0] == 5 && sizeof(mine) == 1, "callee changed the caller's seq";
      assert theirs[0] == -1 && sizeof(theirs) == 2;
      theirs[1] = 0;
      assert Scramble(mine)[1] == 42;
    }
  }
}
