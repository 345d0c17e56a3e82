// expect: accepted
// Permission types are compared by receive set: two interfaces receiving the same events are mutually assignable (PermissionType.IsAssignableFrom).
// tests: DefaultImpl
event eJob;
event eCancel;
interface IQueueA() receives eJob, eCancel;
interface IQueueB() receives eCancel, eJob;
machine Main {
  var a: IQueueA;
  var b: IQueueB;
  start state S {
    entry {
      a = b;
      b = a;
      assert a == b;
    }
  }
}
