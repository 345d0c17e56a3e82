// The client: issue `total` increments, one at a time, each until it is acknowledged.
// Announce eIssued when you issue a request and eAllAcknowledged when every request is acknowledged.
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
      current = current + 1;
      announce eIssued, current;
      send counter, eIncrement, (client = this, id = current);
      // TODO: wait for the acknowledgement, resend when the timer fires, and move on to the next request.
    }
    ignore eAck, eTimeout;
  }
}
