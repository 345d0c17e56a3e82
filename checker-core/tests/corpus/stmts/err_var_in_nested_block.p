// expect: rejected
// A nested block cannot declare variables: only function bodies can (grammar: CompoundStmt holds statements only).
machine Main {
  start state S {
    entry {
      if (true) {
        var inner: int; // error: no declarations in a block
      }
    }
  }
}
