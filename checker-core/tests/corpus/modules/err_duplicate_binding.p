// expect: rejected
// An interface can be bound only once in a primitive module (ModuleExprVisitor DuplicateBindings).
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
machine Backup receives eReq; {
  start state B { ignore eReq; }
}
test tcTwice [main=Client]: { Client, Server -> IServer, Backup -> IServer }; // error: IServer bound twice
