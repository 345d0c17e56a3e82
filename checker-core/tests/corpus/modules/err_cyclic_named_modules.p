// expect: rejected
// Named modules that refer to each other in a cycle have no meaning (P's ModuleExprVisitor.VisitNamedModule recurses without end and the compiler crashes); Plait rejects the cycle.
machine Main {
  start state S { }
}
module Left = union Right, { Main }; module Right = Left; // error: cyclic module definitions
test tcCycle [main=Main]: Left;
