// A client pings a server a few times; the server answers each ping with a pong carrying the round.
// The spec checks that pongs come back in the order the pings went out.

event ePing : (client: Client, round: int);
event ePong : int;

machine Server {
  start state Serving {
    on ePing do (req: (client: Client, round: int)) {
      send req.client, ePong, req.round;
    }
  }
}

machine Client {
  var server: Server;
  var round: int;

  start state Init {
    entry (s: Server) {
      server = s;
      goto Pinging;
    }
  }

  state Pinging {
    entry {
      round = round + 1;
      send server, ePing, (client = this, round = round);
    }
    on ePong do (r: int) {
      assert r == round, format("expected pong {0}, got {1}", round, r);
      if (round < 3) {
        goto Pinging;
      }
      goto Done;
    }
  }

  state Done {}
}

spec PongsInOrder observes ePing, ePong {
  var lastPing: int;
  start state Watching {
    on ePing do (req: (client: Client, round: int)) { lastPing = req.round; }
    on ePong do (r: int) { assert r == lastPing, "a pong answered an old ping"; }
  }
}

machine TestDriver {
  start state Init {
    entry {
      new Client(new Server());
    }
  }
}

test tcPingPong [main=TestDriver]: assert PongsInOrder in { TestDriver, Client, Server };
