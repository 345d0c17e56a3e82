// expect: accepted
// The start state need not be the first state declared, and states may refer to states declared later.
// tests: DefaultImpl
event eNext;
machine Main {
  state Third { ignore eNext; }
  state Second { on eNext goto Third; }
  start state First {
    entry { send this, eNext; }
    on eNext goto Second;
  }
}
