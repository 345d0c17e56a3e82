// Reference solution: one request at a time; resend it whenever the timer fires until its
// acknowledgement comes (acknowledgements of earlier requests are stale and ignored).
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
      SendCurrent();
    }
    on eAck do (id: int) {
      if (id == current) {
        goto Issuing;
      }
    }
    on eTimeout do {
      SendCurrent();
    }
  }

  state Finished {
    ignore eAck, eTimeout;
  }

  fun SendCurrent() {
    send counter, eIncrement, (client = this, id = current);
    send timer, eStartTimer;
  }
}
