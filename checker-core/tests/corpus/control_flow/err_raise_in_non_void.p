// expect: rejected
// `raise` cannot appear in a function that returns a value (StatementVisitor RaiseEventInNonVoidFunction).
event eFail;
machine Main {
  fun Check(x: int): bool {
    if (x < 0) { raise eFail; } // error: raise in a non-void function
    return true;
  }
  start state S { }
}
