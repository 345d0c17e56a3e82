// expect: static-error
// The main machine of a test is created by the test itself, so its start entry cannot take a parameter.
machine Starter {
  start state S { entry (n: int) { } }
}
test tcStart [main=Starter]: { Starter };
