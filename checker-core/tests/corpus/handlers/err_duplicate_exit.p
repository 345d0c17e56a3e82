// expect: rejected
// A state has at most one exit function (DuplicateStateExitHandler).
machine Main {
  start state S {
    exit { }
    exit { } // error: second exit
  }
}
