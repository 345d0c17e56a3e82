// expect: rejected
// A spec attached with `assert` must only observe events the module sends (InvalidAssertExpr).
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
event eAudit;
spec Auditor observes eReq, eAudit {
  start state A { ignore eReq, eAudit; }
}
test tcAudit [main=Client]: assert Auditor in { Client, Server -> IServer }; // error: nobody sends eAudit
