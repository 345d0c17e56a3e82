// expect: accepted
// A function local may reuse the name of a machine field (only the current scope is checked for conflicts, Scope.cs Put); the local wins.
// tests: DefaultImpl
machine Main {
  var level: int;
  fun Bump(): int {
    var level: bool;
    level = true;
    return 1;
  }
  start state S {
    entry {
      level = Bump();
      assert level == 1;
    }
  }
}
