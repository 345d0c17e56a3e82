// expect: rejected
// An anonymous handler declares at most one parameter (grammar: anonEventHandler).
event eTwo : (int, int);
machine Main {
  start state S {
    on eTwo do (a: int, b: int) { } // error: one parameter at most
  }
}
