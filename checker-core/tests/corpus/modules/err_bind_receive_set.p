// expect: rejected
// Binding M -> I needs I's receive set to be a subset of M's (ModuleSystemTypeChecker InvalidBindExpr).
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
machine Deaf receives eResp; {
  start state D { ignore eResp; }
}
test tcDeaf [main=Client]: { Client, Deaf -> IServer }; // error: Deaf cannot receive eReq
