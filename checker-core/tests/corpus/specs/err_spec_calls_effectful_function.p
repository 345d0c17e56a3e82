// expect: rejected
// A monitor may call only global functions without side effects; this one sends (Analyzer IllegalFunctionUsedInSpecMachine, at the called function).
event eSeen;
event eNote;
fun Notify(m: machine) { send m, eNote; } // error: function with side effects used by a spec
spec Watcher observes eSeen {
  var who: machine;
  start state S {
    on eSeen do { Notify(who); }
  }
}
machine Main {
  start state S { }
}
