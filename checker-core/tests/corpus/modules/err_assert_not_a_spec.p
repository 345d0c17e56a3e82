// expect: rejected
// `assert X in m` needs X to be a spec monitor (ModuleExprVisitor ExpectedMonitor).
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
test tcWrong [main=Client]: assert Server in { Client, Server -> IServer }; // error: Server is not a spec
