// expect: rejected
// `goto` cannot appear in a function that returns a value (ChangeStateInNonVoidFunction).
machine Main {
  fun Next(): int {
    goto Other; // error: goto in a non-void function
    return 0;
  }
  start state S { }
  state Other { }
}
