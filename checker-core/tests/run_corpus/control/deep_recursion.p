// expect: pass
// schedules: 3
// prints: "depth 3000"
// Recursive functions a few thousand calls deep.
fun Depth(n: int): int {
  if (n == 0) { return 0; }
  return 1 + Depth(n - 1);
}
machine Main {
  start state S {
    entry {
      assert Depth(3000) == 3000;
      print format("depth {0}", Depth(3000));
    }
  }
}
