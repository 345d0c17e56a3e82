// expect: static-error
// Spec monitors cannot make nondeterministic choices.
event E;
spec Moody observes E {
  var b: bool;
  start state S {
    on E do { b = $; }
  }
}
machine Main { start state S { } }
