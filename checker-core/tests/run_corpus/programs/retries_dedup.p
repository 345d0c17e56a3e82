// expect: pass
// schedules: 500
// prints: "client done"
// At-most-once increments over a lossy, duplicating channel: the client retries a request when its timer
// fires first, the channel may drop or duplicate requests, and the server remembers request ids so that
// each request is applied once. Spec: no request id is applied twice; every request is applied before
// the client finishes.
event Req: (id: int, client: machine);
event Ack: int;
event Arm: machine;
event Timeout;
event Applied: int;
event Finished: int;

machine Channel {
  var server: machine;
  var drops: int;
  start state Relay {
    entry (s: machine) { server = s; }
    on Req do (r: (id: int, client: machine)) {
      if (drops < 2 && $) {
        drops = drops + 1;
      } else {
        send server, Req, r;
        if ($) { send server, Req, r; }
      }
    }
  }
}

machine Server {
  var count: int;
  var seen: set[int];
  start state Serve {
    on Req do (r: (id: int, client: machine)) {
      if (!(r.id in seen)) {
        seen += (r.id);
        count = count + 1;
        announce Applied, r.id;
      }
      send r.client, Ack, r.id;
    }
  }
}

machine RetryTimer {
  start state T {
    on Arm do (owner: machine) { send owner, Timeout; }
  }
}

machine RetryClient {
  start state Run {
    entry {
      var server: machine;
      var channel: machine;
      var timer: machine;
      var k: int;
      var done: bool;
      server = new Server();
      channel = new Channel(server);
      timer = new RetryTimer();
      while (k < 2) {
        done = false;
        send channel, Req, (id = k, client = this);
        send timer, Arm, this;
        while (!done) {
          receive {
            case Ack: (id: int) { if (id == k) { done = true; } }
            case Timeout: {
              send channel, Req, (id = k, client = this);
              send timer, Arm, this;
            }
          }
        }
        k = k + 1;
      }
      announce Finished, k;
      print "client done";
    }
    ignore Ack, Timeout;
  }
}

spec AtMostOnce observes Applied, Finished {
  var applied: set[int];
  start state Watch {
    on Applied do (id: int) {
      assert !(id in applied), format("request {0} applied twice", id);
      applied += (id);
    }
    on Finished do (n: int) { assert sizeof(applied) == n, "a finished request was never applied"; }
  }
}

test tcRetries [main=RetryClient]: assert AtMostOnce in { RetryClient, Channel, Server, RetryTimer };
