// expect: rejected
// `compose` additionally needs disjoint sends: two modules that both send eReq cannot be composed (InvalidCompositionExpr).
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
machine Prober receives; sends eReq; {
  start state P { }
}
test tcUnionOk [main=Client]: union { Client, Server -> IServer }, { Prober };
test tcComposeBad [main=Client]: compose { Client, Server -> IServer }, { Prober }; // error: eReq sent by both
