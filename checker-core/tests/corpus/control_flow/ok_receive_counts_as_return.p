// expect: accepted
// A receive whose every case returns makes the function return on all paths (FunctionValidator.SurelyReturns, ReceiveStmt); case bodies return nothing, so this needs a return type that accepts null.
// tests: DefaultImpl
event ePeer : machine;
event eNone;
machine Main {
  var peer: machine;
  fun AwaitPeer(): machine {
    receive {
      case ePeer: (m: machine) { peer = m; return; }
      case eNone: { return; }
    }
  }
  start state S {
    entry {
      send this, ePeer, this;
      assert AwaitPeer() == null;
    }
  }
}
