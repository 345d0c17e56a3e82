// expect: rejected
// A well-formed `hidee e in m` (e sent and received inside m, no exported interface receives it) still cannot be compiled by P 3.0: ModuleSystemTypeChecker.CheckWellFormedness(HideEventModuleExpr) reads hideEExpr.ModuleInfo before assigning it and crashes, so Plait rejects every hidee clearly.
// known-disagreement: typeck accepts a well-formed hidee; P 3.0 crashes on every one (same rule as refines and float(b, e)).
event eTask : int;
event eDone : int;
interface IHelper(Lead) receives eTask;
machine Helper receives eTask; sends eDone; {
  var lead: Lead;
  start state H {
    entry (l: Lead) { lead = l; }
    on eTask do (n: int) { send lead, eDone, n; }
  }
}
machine Lead receives eDone; sends eTask; {
  start state L {
    entry { send new IHelper(this), eTask, 1; }
    on eDone do (n: int) { }
  }
}
test tcInternalTraffic [main=Lead]: hidee eTask in { Lead, Helper -> IHelper }; // error: hidee is not supported (P crashes on it)
