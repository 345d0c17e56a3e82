// expect: accepted
// `main M in m` is transparent in P 3.0: ModuleExprVisitor has no VisitMainMachineModuleExpr, so ANTLR's default VisitChildren returns the result of the last child, the inner module; `M` is not even looked up.
// tests: tcMainIn, tcMainGhost
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
test tcMainIn [main=Client]: main Client in { Client, Server -> IServer };
test tcMainGhost [main=Client]: main NoSuchMachine in ({ Client, Server -> IServer });
