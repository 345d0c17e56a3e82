// expect: static-error
// A test module must bind every interface its machines create: Worker is bound to IWorker only, so
// `new Worker()` creates an interface the module does not provide.
interface IWorker() receives;
machine Worker { start state W { } }
machine Boss {
  start state B { entry { new Worker(); } }
}
test tcOpen [main=Boss]: { Boss, Worker -> IWorker };
