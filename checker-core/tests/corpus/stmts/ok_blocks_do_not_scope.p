// expect: accepted
// Nested blocks do not open scopes: locals declared at the top of the function are visible in every block, and blocks may be empty or nested.
// tests: DefaultImpl
machine Main {
  start state S {
    entry {
      var a: int;
      { a = 1; { a = a + 1; { } } }
      if (a == 2) { { a = 3; } }
      { }
      assert a == 3;
    }
  }
}
