// expect: bug assertion "picked seven"
// Random search finds the single bad value among ten.
machine Main {
  start state S {
    entry {
      assert choose(10) != 7, "picked seven";
    }
  }
}
