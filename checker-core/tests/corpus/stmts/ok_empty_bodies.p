// expect: accepted
// Empty function bodies, empty states, empty handlers, empty entry/exit blocks and bare `return;` in void code.
// tests: DefaultImpl
event eNothing;
fun Nop() { }
fun AlsoNop() { return; }
machine Main {
  fun Method() { }
  start state S {
    entry { }
    exit { }
    on eNothing do { return; }
  }
  state Empty { }
}
