// expect: rejected
// `rename I to J in m` needs I to be bound or created in m (InvalidRenameExpr).
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
test tcRename [main=Client]: rename IBackend to IServer in { Client, Server -> IServer }; // error: IBackend is neither bound nor created
