// expect: accepted
// Test names are identifiers: underscores, digits and mixed case are kept exactly.
// tests: tc_lower_1, TC2_Upper, t
machine M1 {
  start state S { }
}
test tc_lower_1 [main=M1]: { M1 };
test TC2_Upper [main=M1]: { M1 };
test t [main=M1]: { M1 };
