// expect: accepted
// Numbered enum values may use the whole non-negative int range, in any order, and the default is the smallest value.
// tests: DefaultImpl
enum Limits { TOP = 2147483647, BOTTOM = 0, MIDDLE = 1000 }
machine Main {
  start state S {
    entry {
      assert default(Limits) == BOTTOM;
      assert TOP to int == 2147483647;
    }
  }
}
