// expect: rejected
// A state can have only one handler per event: `on e do` and `on e goto` together are a duplicate event action (DeclarationVisitor DuplicateEventAction).
event eTick;
machine Main {
  start state S {
    on eTick do { }
    on eTick goto T; // error: second handler for eTick
  }
  state T { }
}
