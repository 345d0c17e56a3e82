// expect: accepted
// Several monitors may observe the same events, and a spec may observe `halt` events sent by machines.
// tests: DefaultImpl
event eDone;
spec First observes eDone {
  start state A { on eDone goto B; }
  state B { ignore eDone; }
}
spec Second observes eDone, halt {
  start state A { ignore eDone, halt; }
}
machine Main {
  start state S { entry { announce eDone; } }
}
