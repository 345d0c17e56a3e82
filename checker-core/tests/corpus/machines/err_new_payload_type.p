// expect: rejected
// Constructor arguments must match the payload type of the created machine's start entry.
machine Counter {
  start state C { entry (initial: int) { } }
}
machine Main {
  start state S {
    entry {
      new Counter(1);
      new Counter("one"); // error: string for an int payload
    }
  }
}
