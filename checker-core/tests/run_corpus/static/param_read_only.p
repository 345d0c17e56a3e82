// expect: static-error
// Test parameters are read-only.
param limit: int;
machine M {
  start state S { entry { limit = 3; } }
}
test param (limit in [1, 2]) tcLimit [main=M]: { M };
