// expect: rejected
// `break` outside any loop is a bare loop control flow error (ControlFlowChecker BareLoopControlFlow).
machine Main {
  start state S {
    entry {
      break; // error: not in a loop
    }
  }
}
