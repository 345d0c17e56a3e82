// expect: rejected
// The `assume` statement is PVerifier-only; P's checker back end cannot run it (WriteAssumeStmt), so Plait rejects it in executable code.
machine Main {
  var n: int;
  start state S {
    entry {
      assert n == 0;
      assume n == 0; // error: assume is verifier-only
    }
  }
}
