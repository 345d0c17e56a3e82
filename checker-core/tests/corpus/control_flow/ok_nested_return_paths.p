// expect: accepted
// All-paths-return analysis through nested if/else chains, blocks and `assert false` in different branches.
// tests: DefaultImpl
enum Kind { SMALL, MEDIUM, LARGE }
fun Size(k: Kind): int {
  if (k == SMALL) {
    return 1;
  } else {
    if (k == MEDIUM) {
      { return 5; }
    } else {
      if (k == LARGE) { return 10; }
      assert false, "unknown kind";
    }
  }
}
machine Main {
  start state S { entry { assert Size(LARGE) == 10; } }
}
