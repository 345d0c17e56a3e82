// expect: rejected
// A foreign function with a `creates` clause is still foreign, and so rejected.
event eStart;
interface IWorker() receives eStart;
fun SpawnWorkers(n: int) creates IWorker; // error: foreign function SpawnWorkers is not supported
machine Main {
  start state S { }
}
