// expect: accepted
// Inside PVerifier declarations and foreach invariants, the verifier-only expression forms (`is`, `targets`, `inflight`, `sent`, quantifiers over machines and events, `==>`, `<==>`) are fine: the checker never runs them.
// tests: DefaultImpl
event eReq : int;
invariant requestsTargetMain: forall (e: event) :: inflight e ==> (e is eReq);
invariant sentMeansTargeted: forall (e: event, m: machine) :: (sent e && e targets m) ==> m is Main;
invariant iffForm: forall (x: int) :: (x > 0) <==> !(x <= 0);
machine Main {
  var xs: seq[int];
  var x: int;
  start state S {
    entry {
      foreach (x in xs)
        invariant forall (e: event) :: inflight e ==> sent e;
      { }
    }
    on eReq do (n: int) { }
  }
}
