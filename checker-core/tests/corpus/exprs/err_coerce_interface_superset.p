// expect: rejected
// Coercing to an interface whose receive set is not contained in the source's is rejected (IllegalInterfaceCoerce).
event eGet;
event ePut;
interface IReadOnly() receives eGet;
interface IReadWrite() receives eGet, ePut;
machine Main {
  var ro: IReadOnly;
  var rw: IReadWrite;
  start state S {
    entry {
      ro = rw to IReadOnly;
      rw = ro to IReadWrite; // error: IReadOnly cannot receive ePut
    }
  }
}
