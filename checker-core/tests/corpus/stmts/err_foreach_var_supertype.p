// expect: rejected
// The foreach variable must have exactly the element type: a supertype such as `any` or `machine` is rejected (StatementVisitor.VisitForeachStmt: IsSameTypeAs).
machine Worker {
  start state W { }
}
machine Main {
  var workers: seq[Worker];
  var nums: seq[int];
  var m: machine;
  var a: any;
  start state S {
    entry {
      foreach (m in workers) { } // error: machine is wider than Worker
      foreach (a in nums) { } // error: any is wider than int
    }
  }
}
