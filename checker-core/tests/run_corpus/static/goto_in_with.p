// expect: static-error
// A transition's `with` function may not change state.
event Move;
machine Main {
  start state A {
    entry { raise Move; }
    on Move goto B with { goto C; }
  }
  state B { }
  state C { }
}
