// expect: rejected
// A state has at most one entry function (DuplicateStateEntry).
machine Main {
  start state S {
    entry { }
    entry { } // error: second entry
  }
}
