// expect: accepted
// `hidei I in m`: an interface both created and bound inside m can be made private (ModuleSystemTypeChecker hide-interface rule).
// tests: tcPrivateWorker
event eJob;
interface IWorker() receives eJob;
machine Worker receives eJob; {
  start state W { ignore eJob; }
}
machine Main receives; {
  start state M {
    entry { send new IWorker(), eJob; }
  }
}
test tcPrivateWorker [main=Main]: hidei IWorker in { Main, Worker -> IWorker };
