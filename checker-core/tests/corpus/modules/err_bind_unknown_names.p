// expect: rejected
// Bindings must name a declared machine and interface (ModuleExprVisitor MissingDeclaration).
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
test tcGhost [main=Client]: { Client, Phantom -> IServer }; // error: no machine Phantom
