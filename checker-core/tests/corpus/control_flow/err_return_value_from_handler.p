// expect: rejected
// Entry, exit and event handlers return nothing: `return v;` inside one is a type error (the handler's return type is null).
event eAsk;
machine Main {
  start state S {
    entry { return; }
    on eAsk do { return 42; } // error: value returned from a handler
  }
}
