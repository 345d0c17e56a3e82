// expect: rejected
// Spec monitors are not machines that can be bound in a module: they declare no interface (ModuleExprVisitor.VisitBindExpr MissingDeclaration).
event eReq;
interface IServer() receives eReq;
machine Server receives eReq; {
  start state S { ignore eReq; }
}
machine Client sends eReq; {
  start state C { entry { send new IServer(), eReq; } }
}
spec Observer observes eReq {
  start state O { ignore eReq; }
}
test tcBindSpec [main=Client]: { Client, Server -> IServer, Observer }; // error: a spec cannot be bound
