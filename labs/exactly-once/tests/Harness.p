// Provided: the events, a timer, the specifications and the public test. Do not edit.

// A client asks the counter to apply increment `id`; the counter acknowledges `id`.
event eIncrement : (client: Client, id: int);
event eAck : int;
// The client's timer: start it after sending; it fires eTimeout (maybe before the answer comes, maybe after).
event eStartTimer;
event eTimeout;

// Announced for the specifications: the client issued request `id`; the counter applied request `id`;
// the client has every acknowledgement it was waiting for (the payload is how many requests it issued).
event eIssued : int;
event eApplied : int;
event eAllAcknowledged : int;

machine Timer {
  var owner: Client;
  start state Ready {
    entry (client: Client) { owner = client; }
    on eStartTimer do { send owner, eTimeout; }
  }
}

// Safety: every applied request was issued, and none is applied twice; when the client has all its
// acknowledgements, every request it issued has been applied.
spec ExactlyOnce observes eIssued, eApplied, eAllAcknowledged {
  var issued: set[int];
  var applied: set[int];
  start state Watching {
    on eIssued do (id: int) { issued += (id); }
    on eApplied do (id: int) {
      assert id in issued, format("request {0} was applied but never issued", id);
      assert !(id in applied), format("request {0} was applied twice", id);
      applied += (id);
    }
    on eAllAcknowledged do (total: int) {
      assert sizeof(applied) == total, format("the client got every acknowledgement, but only {0} of its {1} requests were applied", sizeof(applied), total);
    }
  }
}

// Liveness: the client eventually has every acknowledgement.
spec EventuallyAcknowledged observes eIssued, eAllAcknowledged {
  start hot state Waiting {
    ignore eIssued;
    on eAllAcknowledged goto Finished;
  }
  cold state Finished {
    ignore eIssued, eAllAcknowledged;
  }
}

machine ThreeIncrements {
  start state Init {
    entry {
      var counter: Counter;
      counter = new Counter();
      new Client((counter = counter, total = 3));
    }
  }
}

test tcReliableNetwork [main=ThreeIncrements]:
  assert ExactlyOnce, EventuallyAcknowledged in { ThreeIncrements, Client, Counter, Timer };
