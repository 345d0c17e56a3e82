// expect: rejected
// Only events both sent and received inside the module can be hidden (InvalidHideEventExpr).
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
event eOther;
test tcHide [main=Client]: hidee eOther in { Client, Server -> IServer }; // error: eOther is neither sent nor received
