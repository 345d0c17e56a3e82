// expect: pass
// prints: "sum 3"
// receive can sit in a function called from a handler, several calls deep; the handler resumes after it.
event Ping: machine;
event Pong: int;
machine Main {
  var e: machine;
  var sum: int;
  start state Init {
    entry {
      e = new Echo();
      sum = Twice();
      assert sum == 3;
        print format("sum {0}", sum);
    }
  }
  fun Twice(): int { return Once(1) + Once(2); }
  fun Once(v: int): int {
    var r: int;
    send e, Ping, this;
    receive { case Pong: (n: int) { r = n * v; } }
    return r;
  }
}
machine Echo {
  start state E { on Ping do (m: machine) { send m, Pong, 1; } }
}
