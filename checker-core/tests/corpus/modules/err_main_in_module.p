// expect: rejected
// `main M in m` parses, but P 3.0 has no semantics for it (ModuleExprVisitor has no VisitMainMachineModuleExpr and the compiler fails), so Plait rejects it.
event eReq;
event eResp;
interface IServer() receives eReq;
machine Server receives eReq; sends eResp; {
  start state S { ignore eReq; }
}
machine Client receives eResp; sends eReq; {
  start state C {
    entry { send new IServer(), eReq; }
    ignore eResp;
  }
}
test tcMainIn [main=Client]: main Client in { Client, Server -> IServer }; // error: unsupported module expression
