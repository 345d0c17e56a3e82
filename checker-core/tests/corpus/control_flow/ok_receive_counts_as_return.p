// expect: accepted
// A receive whose every case returns makes the function return on all paths (FunctionValidator.SurelyReturns, ReceiveStmt).
event eNum : int;
event eNone;
machine Main {
  fun Await(): int {
    receive {
      case eNum: (n: int) { return n; }
      case eNone: { return -1; }
    }
  }
  start state S {
    entry {
      var got: int;
      send this, eNum, 5;
      got = Await();
    }
  }
}
