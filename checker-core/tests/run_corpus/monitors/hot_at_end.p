// expect: bug liveness "hot state"
// A monitor still in a hot state when the execution ends is a liveness bug: the server stops answering
// after two requests.
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
  var served: int;
  start state S {
    on Request do (c: machine) {
      served = served + 1;
      if (served < 3) { send c, Response; }
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
    on Response do {
      send s, Request, this;
    }
  }
}
test tcAnswered [main=Client]: assert Answered in { Client, Server };
