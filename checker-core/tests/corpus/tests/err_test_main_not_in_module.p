// expect: rejected
// The main machine of a test must be bound in its module (NoMain).
machine Starter {
  start state S { }
}
machine Elsewhere {
  start state E { }
}
test tcWhere [main=Elsewhere]: { Starter }; // error: Elsewhere is not in the module
