// expect: rejected
// `rename I to J` needs I and J to have the same receive set (InvalidRenameExpr).
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
interface IOther() receives eResp;
test tcRename [main=Client]: rename IServer to IOther in { Client, Server -> IServer }; // error: receive sets differ
