// expect: rejected
// `halt` is the built-in halt event and a keyword; it cannot be declared again.
// known-bad-diagnostics: besides the reserved-word error, a bogus "event `halt` is declared more than once" pointing at itself.
event halt; // error: `halt` is reserved
machine Main {
  start state S { }
}
