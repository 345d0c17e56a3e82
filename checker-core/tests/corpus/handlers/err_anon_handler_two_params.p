// expect: rejected
// An anonymous handler declares at most one parameter (grammar: anonEventHandler).
// known-bad-diagnostics: a cascading P3007 payload mismatch (only the first parameter kept) after the real P1020.
event eTwo : (int, int);
machine Main {
  start state S {
    on eTwo do (a: int, b: int) { } // error: one parameter at most
  }
}
