// expect: accepted
// `hidee e in m`: e is both sent and received inside m, and no exported interface can receive it. Note: P 3.0 passes every check here and then crashes (ModuleSystemTypeChecker reads hideEExpr.ModuleInfo before assigning it); we follow the module-system rules.
// tests: tcInternalTraffic
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
test tcInternalTraffic [main=Lead]: hidee eTask in { Lead, Helper -> IHelper };
