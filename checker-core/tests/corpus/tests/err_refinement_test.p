// expect: rejected
// Refinement tests (`refines`) parse, but P 3.0 does not implement them (CheckRefinementTest throws NotImplementedException); Plait rejects them clearly.
machine Spec1 {
  start state S { }
}
machine Impl1 {
  start state S { }
}
test tcRefine [main=Impl1]: { Impl1 } refines { Spec1 }; // error: refinement tests are not supported
