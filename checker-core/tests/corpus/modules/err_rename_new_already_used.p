// expect: rejected
// `rename I to J in m` needs J to be neither bound nor created in m (InvalidRenameExpr).
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
test tcRename [main=Client]: rename IServer to IBackend in { Client, Server -> IServer, Server -> IBackend }; // error: IBackend is already bound
