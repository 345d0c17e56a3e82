// expect: bug illegal_action "null"
// A server replying to a requester field that a code path forgot to fill.
event Req: int;
event Resp;
machine Server {
  var client: machine;
  start state S {
    on Req do (n: int) {
      if (n > 1) { send client, Resp; }
    }
  }
}
machine Main {
  start state M {
    entry {
      var s: machine;
      s = new Server();
      send s, Req, 1;
      send s, Req, 2;
    }
    on Resp do { }
  }
}
