// expect: rejected
// Enum elements and events share one namespace (Scope.cs: events vs enumElems), so an element cannot be named like an event.
event STARTED;
enum Progress { PENDING, STARTED } // error: `STARTED` is already an event
machine Main {
  start state S { }
}
