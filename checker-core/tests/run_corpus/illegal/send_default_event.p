// expect: bug illegal_action "null event"
// default(event) is the null event: it passes the compiler (only the literal `null` is rejected) and
// fails when sent.
machine Main {
  start state S {
    entry { send this, default(event); }
  }
}
