// expect: bug assertion "raised from the default handler"
// An `on null` handler can raise: the raised event is handled next by the same state.
event Wake;
machine Main {
  start state Idle {
    on null do { raise Wake; }
    on Wake do { assert false, "raised from the default handler"; }
  }
}
