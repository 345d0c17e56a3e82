// expect: static-error
// An exit function may not raise (nor call a function that does).
event Bad;
machine Main {
  start state S {
    exit { Helper(); }
  }
  fun Helper() { raise Bad; }
}
