// expect: rejected
// Binding M -> I needs M's start payload type to accept I's constructor payload type (InvalidBindExpr).
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
machine Picky receives eReq; {
  start state P { entry (cfg: int) { } ignore eReq; }
}
test tcPicky [main=Client]: { Client, Picky -> IServer }; // error: Picky needs an int, IServer gives none
