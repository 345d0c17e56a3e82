// expect: rejected
// The `goto` payload must be assignable to the target entry parameter.
machine Main {
  start state A {
    entry { goto B, true; } // error: bool for an int parameter
  }
  state B {
    entry (n: int) { }
  }
}
