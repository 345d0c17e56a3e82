// expect: rejected
// A union must not attach the same monitor in two of its components (InvalidCompositionExpr: monitor attached in more than one module).
event eReq;
event eResp;
interface IServer() receives eReq;
interface IBackend() receives eReq;
machine Server receives eReq; sends eResp; {
  start state S { ignore eReq; }
}
machine Client receives eResp; sends eReq; {
  start state C {
    entry { send new IServer(), eReq; }
    ignore eResp;
  }
}
spec Count observes eReq, eResp {
  start state C { ignore eReq, eResp; }
}
test tcTwice [main=Client]: union (assert Count in { Client }), (assert Count in { Server -> IServer }); // error: Count attached on both sides
