// expect: bug assertion "choose() gave true"
// choose() with no argument is a nondeterministic bool.
machine Main {
  var b: bool;
  start state S {
    entry {
      b = choose();
      assert !b, "choose() gave true";
    }
  }
}
