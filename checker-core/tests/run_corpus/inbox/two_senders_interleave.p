// expect: bug assertion "first sender always first"
// Order across different senders is up to the scheduler: a random search finds the other order.
event From: string;
machine Main {
  var sink: machine;
  start state Init {
    entry {
      sink = new Sink();
      new Talker((who = "a", dest = sink));
      new Talker((who = "b", dest = sink));
    }
  }
}
machine Talker {
  start state Go {
    entry (cfg: (who: string, dest: machine)) { send cfg.dest, From, cfg.who; }
  }
}
machine Sink {
  var first: bool;
  start state Wait {
    entry { first = true; }
    on From do (who: string) {
      if (first) { assert who == "a", "first sender always first"; }
      first = false;
    }
  }
}
