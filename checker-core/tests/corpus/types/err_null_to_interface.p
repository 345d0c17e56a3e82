// expect: rejected
// A permission type (interface) only accepts permission types with the same receive set, not `null` (PermissionType.IsAssignableFrom).
event eWork;
interface IPool() receives eWork;
machine Main {
  var pool: IPool;
  var anyMachine: machine;
  start state S {
    entry {
      anyMachine = null;
      pool = null; // error: null is not an IPool
    }
  }
}
