// expect: rejected
// `halt` is the built-in halt event and a keyword; it cannot be declared again.
event halt; // error: `halt` is reserved
machine Main {
  start state S { }
}
