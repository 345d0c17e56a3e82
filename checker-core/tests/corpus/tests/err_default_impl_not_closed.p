// expect: rejected
// DefaultImpl binds machines only to their own names, so creating a separately declared interface leaves it unbound (CheckImplementationDecl NotClosed, reported at the interface).
event eJob;
interface IJobs() receives eJob; // error: created but not bound in DefaultImpl
machine Jobs receives eJob; {
  start state J { ignore eJob; }
}
machine Main {
  start state S { entry { new IJobs(); } }
}
