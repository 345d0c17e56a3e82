// expect: pass
// Machines idle in their normal event loop (no receive pending) are not deadlocked.
event Never;
machine Main {
  start state Init {
    entry { new Waiter(); new Waiter(); }
    on Never do { }
  }
}
machine Waiter {
  start state W { on Never do { } }
}
