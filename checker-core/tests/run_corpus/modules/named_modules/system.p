// test: tcComposed
// expect: pass
// test: tcWithSpec
// expect: bug assertion "too many pings"
// Named modules, union and composition, and a spec attached to a composed module.
event Ping: machine;
event Pong;
machine Pinger receives Pong; sends Ping; {
  var n: int;
  var p: machine;
  start state Go {
    entry {
      p = new Ponger();
      send p, Ping, this;
    }
    on Pong do {
      n = n + 1;
      if (n < 4) { send p, Ping, this; }
    }
  }
}
machine Ponger receives Ping; sends Pong; {
  start state Wait {
    on Ping do (from: machine) { send from, Pong; }
  }
}
spec AtMostThree observes Ping {
  var count: int;
  start state Count {
    on Ping do { count = count + 1; assert count <= 3, "too many pings"; }
  }
}
module Front = { Pinger };
module Back = { Ponger };
module Whole = union Front, Back;
test tcComposed [main=Pinger]: compose Front, Back;
test tcWithSpec [main=Pinger]: assert AtMostThree in Whole;
