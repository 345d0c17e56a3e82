// expect: bug deadlock
// schedules: 500
// The server answers only the first request; whichever client asks second waits forever.
event Req: machine;
event Resp;
machine Main {
  start state Init {
    entry {
      var s: machine;
      s = new OneShot();
      new Asker(s);
      new Asker(s);
    }
  }
}
machine OneShot {
  start state Fresh {
    on Req goto Spent with (c: machine) { send c, Resp; }
  }
  state Spent {
    ignore Req;
  }
}
machine Asker {
  start state Ask {
    entry (s: machine) {
      send s, Req, this;
      receive { case Resp: { } }
    }
  }
}
