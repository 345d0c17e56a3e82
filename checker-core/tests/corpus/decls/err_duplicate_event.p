// expect: rejected
// Declaring the same event twice is a duplicate declaration, reported at the second one (Scope.cs CheckConflicts).
event eHeartbeat;
event eHeartbeat : int; // error: duplicate event
machine Main {
  start state S { }
}
