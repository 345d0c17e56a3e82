// expect: accepted
// Names in different scopes or namespaces may coincide: a machine method shadows a global function of the same name, a local variable may share a function's name, and a state may share an event's name (Scope.cs conflict tables).
// tests: DefaultImpl
event Ready;
fun Describe(): string { return "global"; }
fun Helper(): int { return 1; }
machine Main {
  fun Describe(): string { return "method"; }
  start state Ready {
    entry {
      var Helper: int;
      Helper = 2;
      assert Describe() == "method";
      send this, Ready;
    }
    on Ready goto Ready;
  }
}
