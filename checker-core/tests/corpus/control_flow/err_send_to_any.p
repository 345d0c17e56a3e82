// expect: rejected
// A send target must be a machine or interface value; `any` is not assignable to `machine` (StatementVisitor.VisitSendStmt).
event ePing;
machine Main {
  var target: any;
  start state S {
    entry {
      target = this;
      send target as machine, ePing;
      send target, ePing; // error: any is not a machine
    }
    ignore ePing;
  }
}
