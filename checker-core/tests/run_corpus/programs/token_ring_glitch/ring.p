// expect: bug assertion "while"
// schedules: 2000
// The same ring, but node 2 may think the token was lost (a nondeterministic choice) and regenerate it
// although it still holds it: two tokens circulate and the spec catches a node acquiring while another
// holds the token.
event Setup: (next: machine, id: int, laps: int);
event Token: int;
event Work: int;
event Acquired: int;
event Released: int;

machine RingNode {
  var next: machine;
  var id: int;
  var laps: int;
  var regenerated: bool;
  start state Unwired {
    on Setup goto Ready with (cfg: (next: machine, id: int, laps: int)) {
      next = cfg.next;
      id = cfg.id;
      laps = cfg.laps;
    }
    defer Token;
  }
  state Ready {
    on Token do (lap: int) {
      announce Acquired, id;
      if (id == 2 && !regenerated && $) {
        regenerated = true;
        send next, Token, lap;
      }
      send this, Work, lap;
    }
    on Work do (lap: int) {
      announce Released, id;
      if (id == 0) { lap = lap + 1; }
      if (lap < laps) { send next, Token, lap; }
    }
  }
}

machine RingStarter {
  start state Build {
    entry {
      var nodes: seq[machine];
      var i: int;
      while (i < 4) { nodes += (i, new RingNode()); i = i + 1; }
      i = 0;
      while (i < 4) {
        send nodes[i], Setup, (next = nodes[(i + 1) % 4], id = i, laps = 3);
        i = i + 1;
      }
      send nodes[0], Token, 0;
    }
  }
}
