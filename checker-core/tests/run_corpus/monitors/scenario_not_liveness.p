// expect: pass
// A scenario (coverage) monitor ending in a hot state is not a liveness bug.
event Seen;
scenario Coverage observes Seen {
  start cold state Nothing { on Seen goto Something; }
  hot state Something { ignore Seen; }
}
machine Main {
  start state S { entry { announce Seen; } }
}
