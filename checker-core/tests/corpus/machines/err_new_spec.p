// expect: rejected
// Spec monitors cannot be created with `new`: they have no interface.
event eX;
spec Watcher observes eX {
  start state W { ignore eX; }
}
machine Main {
  start state S { entry { new Watcher(); } } // error: no interface `Watcher`
}
