// expect: pass
// prints: "three responses"
// Every request is answered: the monitor ends in its cold state.
event Request: machine;
event Response;
spec Answered observes Request, Response {
  start cold state Idle {
    on Request goto Pending;
    ignore Response;
  }
  hot state Pending {
    on Response goto Idle;
    ignore Request;
  }
}
machine Server {
  start state S {
    on Request do (c: machine) { send c, Response; }
  }
}
machine Client {
  var s: machine;
  var n: int;
  start state C {
    entry {
      s = new Server();
      send s, Request, this;
    }
    on Response do {
      n = n + 1;
      if (n < 3) { send s, Request, this; }
      if (n == 3) { print "three responses"; }
    }
  }
}
test tcAnswered [main=Client]: assert Answered in { Client, Server };
