// expect: accepted
// A bare `return;` returns null, so it is legal in functions whose return type accepts null: any, machine, event, data (StatementVisitor.VisitReturnStmt CheckAssignable).
// tests: DefaultImpl
fun Nothing(): any { return; }
fun NoMachine(): machine { return; }
fun NoEvent(): event { return; }
fun NoData(): data { return; }
machine Main {
  start state S {
    entry { assert Nothing() == null && NoMachine() == null && NoEvent() == null && NoData() == null; }
  }
}
