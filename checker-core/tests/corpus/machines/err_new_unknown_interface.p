// expect: rejected
// `new` must name a machine or an interface.
machine Main {
  start state S {
    entry { new Ghost(); } // error: unknown interface `Ghost`
  }
}
