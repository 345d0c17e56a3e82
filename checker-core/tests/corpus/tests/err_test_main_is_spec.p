// expect: rejected
// A spec monitor cannot be the main machine of a test: main must be a non-spec machine bound in the module (CheckSafetyTest NoMain).
event eX;
spec Watch observes eX {
  start state W { ignore eX; }
}
machine Real {
  start state R { }
}
test tcSpecMain [main=Watch]: { Real }; // error: main machine is a spec
