// expect: rejected
// A spec may not call a global function that makes a nondeterministic choice.
event eSeen;
fun Flip(): bool { return $; } // error: nondeterministic function called by a spec
spec Gambler observes eSeen {
  var last: bool;
  start state S {
    on eSeen do { last = Flip(); }
  }
}
machine Main {
  start state S { }
}
