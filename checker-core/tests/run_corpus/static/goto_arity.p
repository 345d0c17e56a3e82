// expect: static-error
// goto passes at most one value, matching the target entry's single parameter.
machine Main {
  start state A { entry { goto B, 1, 2; } }
  state B { entry (p: (int, int)) { } }
}
