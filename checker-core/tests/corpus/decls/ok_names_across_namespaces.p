// expect: accepted
// Enum elements may share names with functions and states, and machines may share names with events (different namespaces in Scope.cs).
// tests: DefaultImpl
enum Mode { Idle, Busy }
event Worker;
fun Busy(): Mode { return Idle; }
machine Worker {
  start state Idle { }
}
machine Main {
  var m: Mode;
  start state S {
    entry { m = Busy(); assert m == Idle; new Worker(); }
  }
}
