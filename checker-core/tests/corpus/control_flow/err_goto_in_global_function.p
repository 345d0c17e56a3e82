// expect: rejected
// `goto` names a state of the current machine, so it cannot appear in a global function (no machine, no states).
fun Jump() {
  goto Somewhere; // error: no state `Somewhere` outside a machine
}
machine Main {
  start state Somewhere { entry { Jump(); } }
}
