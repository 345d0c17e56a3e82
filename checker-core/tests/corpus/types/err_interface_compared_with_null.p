// expect: rejected
// `==` needs one side assignable to the other; null is not assignable to an interface type, so `iface == null` is rejected (ExprVisitor.VisitBinExpr, PermissionType).
event ePing;
interface IPeer() receives ePing;
machine Main {
  var peer: IPeer;
  var other: machine;
  start state S {
    entry {
      assert other == null;
      assert peer == null; // error: incomparable types
    }
  }
}
