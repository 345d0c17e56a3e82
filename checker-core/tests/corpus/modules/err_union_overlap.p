// expect: rejected
// A union of modules that bind the same interface is not well formed (InvalidCompositionExpr: bound interfaces not disjoint).
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
module Left = { Server -> IServer, Client };
module Right = { Server -> IServer };
test tcOverlap [main=Client]: union Left, Right; // error: IServer bound on both sides
