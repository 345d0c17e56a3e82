// expect: accepted
// Tests over named modules, parenthesised module expressions and modules reused by several tests.
// tests: tcA, tcB
event eGo;
machine Runner receives eGo; {
  start state R { ignore eGo; }
}
machine Kick receives; {
  start state K { entry { send new Runner(), eGo; } }
}
module Workers = { Runner };
module Everything = (union Workers, { Kick });
test tcA [main=Kick]: Everything;
test tcB [main=Kick]: (Everything);
