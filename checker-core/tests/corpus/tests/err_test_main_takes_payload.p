// expect: rejected
// A test's main machine must not take a payload in its start entry (CheckSafetyTest NoMain).
machine Configured {
  start state S { entry (n: int) { } }
}
test tcPayload [main=Configured]: { Configured }; // error: main machine with a payload
