// expect: rejected
// A module expression must name a declared module (ModuleExprVisitor MissingDeclaration).
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
test tcMissing [main=Client]: union { Client, Server -> IServer }, Extras; // error: no module Extras
