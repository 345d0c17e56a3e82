// expect: bug liveness "hot state 'Waiting'"
// strategy: pct 2
// schedules: 200
// The end-of-execution hot check does not depend on the strategy: PCT finds it too.
event Request: machine;
event Response;
spec Answered observes Request, Response {
  start cold state Idle {
    on Request goto Waiting;
    ignore Response;
  }
  hot state Waiting {
    on Response goto Idle;
    ignore Request;
  }
}
machine Server {
  var n: int;
  start state S {
    on Request do (c: machine) {
      n = n + 1;
      if (n == 1) { send c, Response; }
    }
  }
}
machine Client {
  var s: machine;
  start state C {
    entry {
      s = new Server();
      send s, Request, this;
    }
    on Response do { send s, Request, this; }
  }
}
test tcPct [main=Client]: assert Answered in { Client, Server };
