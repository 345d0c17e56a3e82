// expect: accepted
// The same machine can be bound to different interfaces in different modules of one union.
// tests: tcShared
event eQ;
interface IFront() receives eQ;
interface IBack() receives eQ;
machine Svc receives eQ; {
  start state S { ignore eQ; }
}
machine Use receives; {
  start state U { entry { send new IFront(), eQ; send new IBack(), eQ; } }
}
test tcShared [main=Use]: union { Svc -> IFront }, { Svc -> IBack }, { Use };
