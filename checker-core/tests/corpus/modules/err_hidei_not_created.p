// expect: rejected
// Only interfaces both created and bound inside the module can be hidden (InvalidHideInterfaceExpr).
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
test tcHideI [main=Client]: hidei Client in { Client, Server -> IServer }; // error: Client is bound but never created
