// Mutant: sends each request once and never resends it, so a lost request is never acknowledged.
machine Client {
  var counter: Counter;
  var timer: Timer;
  var total: int;
  var current: int;

  start state Init {
    entry (config: (counter: Counter, total: int)) {
      counter = config.counter;
      total = config.total;
      timer = new Timer(this);
      goto Issuing;
    }
  }

  state Issuing {
    entry {
      if (current == total) {
        announce eAllAcknowledged, total;
        goto Finished;
      }
      current = current + 1;
      announce eIssued, current;
      send counter, eIncrement, (client = this, id = current);
    }
    on eAck do (id: int) {
      if (id == current) {
        goto Issuing;
      }
    }
    ignore eTimeout;
  }

  state Finished {
    ignore eAck, eTimeout;
  }
}
