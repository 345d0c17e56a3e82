// expect: rejected
// The same monitor cannot be attached twice to one module (InvalidAssertExpr).
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
spec Counter observes eReq {
  start state A { ignore eReq; }
}
test tcDouble [main=Client]: assert Counter in (assert Counter in { Client, Server -> IServer }); // error: Counter attached twice
