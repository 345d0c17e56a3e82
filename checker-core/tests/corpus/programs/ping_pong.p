// expect: accepted
// A complete ping-pong model: two machines bounce a counter a fixed number of times, then both halt; run by the implicit DefaultImpl.
// tests: DefaultImpl
event ePing : (from: Pinger, round: int);
event ePong : int;
machine Pinger {
  var partner: Ponger;
  var rounds: int;
  start state Serve {
    entry (limit: int) {
      rounds = limit;
      partner = new Ponger();
      send partner, ePing, (from = this, round = 1);
    }
    on ePong do (round: int) {
      if (round >= rounds) {
        send partner, halt;
        goto Finished;
      }
      send partner, ePing, (from = this, round = round + 1);
    }
  }
  state Finished {
    entry { print "ping-pong done"; raise halt; }
  }
}
machine Ponger {
  var returned: int;
  start state Return {
    on ePing do (msg: (from: Pinger, round: int)) {
      returned = returned + 1;
      assert returned == msg.round, format("round {0} out of order", msg.round);
      send msg.from, ePong, msg.round;
    }
  }
}
machine Main {
  start state Launch {
    entry { new Pinger(3); }
  }
}
