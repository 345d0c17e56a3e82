// expect: accepted
// Without test declarations, implementations or a machine named exactly `Main`, a program has no test at all (ModuleExprVisitor.PopulateAllModuleExprs).
// tests:
machine Mainframe {
  start state S { }
}
machine MAIN {
  start state S { }
}
