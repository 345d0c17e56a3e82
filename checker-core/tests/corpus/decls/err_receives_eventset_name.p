// expect: rejected
// A machine's `receives` list names events, not event sets: P looks each entry up as an event (DeclarationVisitor.VisitNonDefaultEvent).
event eAsk;
event eTell;
eventset esChat = { eAsk, eTell };
machine Main receives esChat; { // error: `esChat` is not an event
  start state S { }
}
