// expect: accepted
// Events and functions live in different namespaces, as do variables and types (Scope.cs conflict tables), so these names may coincide.
// tests: DefaultImpl
event refresh;
fun refresh(): int { return 1; }
type tBucket = int;
machine Main {
  var tBucket: int;
  var Main: bool;
  start state S {
    entry {
      tBucket = refresh();
      raise refresh;
    }
    on refresh do { Main = true; }
  }
}
