// expect: rejected
// A test module must bind every interface its machines create (ModuleSystemTypeChecker.CheckSafetyTest NotClosed, at the test).
machine Leaf {
  start state L { }
}
machine Root {
  start state R { entry { new Leaf(); } }
}
test tcOpen [main=Root]: { Root }; // error: Leaf is created but not bound
