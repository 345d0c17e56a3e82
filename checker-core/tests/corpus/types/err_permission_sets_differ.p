// expect: rejected
// Interfaces with different receive sets are not assignable, even when one set contains the other.
event eRead;
event eWrite;
interface IReader() receives eRead;
interface IStore() receives eRead, eWrite;
machine Main {
  var reader: IReader;
  var store: IStore;
  start state S {
    entry {
      reader = store; // error: receive sets differ
    }
  }
}
