// expect: rejected
// Two named modules cannot share a name.
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
module Core = { Server -> IServer };
module Core = { Client }; // error: duplicate module
