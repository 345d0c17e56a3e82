// expect: rejected
// Every member of an event set must be a declared event (DeclarationVisitor VisitNonDefaultEvent MissingDeclaration).
event eRead;
event eWrite;
eventset esStorage = { eRead, eWrite, eDelete }; // error: unknown event `eDelete`
machine Main {
  start state S { }
}
