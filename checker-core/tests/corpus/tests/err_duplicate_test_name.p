// expect: rejected
// Tests and implementations share one namespace: names must be unique (Scope.cs).
machine Solo {
  start state S { }
}
test tcOnce [main=Solo]: { Solo };
test tcOnce [main=Solo]: { Solo }; // error: duplicate test name
implementation tcOnce [main=Solo]: { Solo }; // error: implementation named like a test
