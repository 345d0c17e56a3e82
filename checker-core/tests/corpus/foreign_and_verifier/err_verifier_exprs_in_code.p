// expect: rejected
// The PVerifier expression forms `e is K`, `e targets m`, `inflight e` and `sent e` type-check in P but have no code generation in the checker back end, so they are rejected in executable code.
event eX;
machine Main {
  var b: bool;
  var ev: event;
  var m: machine;
  start state S {
    entry {
      m = this;
      ev = eX;
      b = m is Main; // error: `is` is verifier-only
      b = ev targets m; // error: `targets` is verifier-only
      b = inflight ev; // error: `inflight` is verifier-only
      b = sent ev; // error: `sent` is verifier-only
    }
  }
}
