// expect: rejected
// A receive case body is its own handler with no return type, so `return v;` inside it is an error even in a function that returns a value (StatementVisitor.VisitReceiveStmt builds a fresh Function for each case).
event eNum : int;
machine Main {
  fun Await(): int {
    var got: int;
    receive {
      case eNum: (n: int) { got = n; }
    }
    receive {
      case eNum: (n: int) { return n; } // error: case bodies cannot return a value
    }
    return got;
  }
  start state S { }
}
