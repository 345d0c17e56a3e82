// expect: rejected
// A spec may not call a global function that reaches a send through another function; P reports the function the spec calls (Analyzer IllegalFunctionUsedInSpecMachine).
event eSeen;
event eNote;
fun Deliver(m: machine) { send m, eNote; }
fun Relay(m: machine) { Deliver(m); } // error: reaches a send, called by a spec
spec Indirect observes eSeen {
  var who: machine;
  start state S {
    on eSeen do { Relay(who); }
  }
}
machine Main {
  start state S { }
}
