// expect: pass
// A blocking receive waits for the reply and binds its payload in the case.
event Ask: (from: machine, x: int);
event Answer: int;
machine Main {
  var svc: machine;
  var got: int;
  start state Init {
    entry {
      svc = new Doubler();
      got = Call(21);
      assert got == 42;
      got = Call(got);
      assert got == 84;
    }
  }
  fun Call(x: int): int {
    var result: int;
    send svc, Ask, (from = this, x = x);
    receive {
      case Answer: (v: int) { result = v; }
    }
    return result;
  }
}
machine Doubler {
  start state Serve {
    on Ask do (req: (from: machine, x: int)) { send req.from, Answer, req.x * 2; }
  }
}
