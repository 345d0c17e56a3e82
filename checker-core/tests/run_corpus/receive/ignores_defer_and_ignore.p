// expect: pass
// prints: "received total 3"
// receive takes matching events even when the state defers or ignores them.
event Msg: int;
event Other: int;
machine Main {
  var total: int;
  start state Guarded {
    defer Msg;
    ignore Other;
    entry {
      send this, Msg, 1;
      send this, Other, 2;
      receive {
        case Msg: (n: int) { total = total + n; }
      }
      receive {
        case Other: (n: int) { total = total + n; }
      }
      assert total == 3;
        print format("received total {0}", total);
    }
  }
}
