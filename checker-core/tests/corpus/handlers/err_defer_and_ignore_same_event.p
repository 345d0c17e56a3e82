// expect: rejected
// Deferring and ignoring the same event in one state is contradictory (DuplicateEventAction).
event eLater;
machine Main {
  start state S {
    defer eLater;
    ignore eLater; // error: eLater already deferred
  }
}
