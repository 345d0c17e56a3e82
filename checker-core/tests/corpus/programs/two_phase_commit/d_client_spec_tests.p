machine TxnClient {
  var coordinator: Coordinator;
  var next: int;
  var limit: int;
  start state Start {
    entry (cfg: (coordinator: Coordinator, count: int)) {
      coordinator = cfg.coordinator;
      limit = cfg.count;
      SendNext();
    }
    on eWriteResult do (r: tOutcome) {
      if (next < limit) { SendNext(); }
    }
  }
  fun SendNext() {
    next = next + 1;
    send coordinator, eWriteRequest, (txn = (id = next, key = format("k{0}", next % 2), value = next), client = this);
  }
}
spec Atomicity observes eParticipantVoted, eDecided {
  var yes: map[int, int];
  var no: map[int, int];
  start state Watching {
    on eParticipantVoted do (v: tVoteMsg) {
      if (!(v.txnId in yes)) { yes[v.txnId] = 0; no[v.txnId] = 0; }
      if (v.vote == VOTE_YES) { yes[v.txnId] = yes[v.txnId] + 1; } else { no[v.txnId] = no[v.txnId] + 1; }
    }
    on eDecided do (o: tOutcome) {
      if (o.committed) {
        assert no[o.txnId] == 0, format("transaction {0} committed despite a no vote", o.txnId);
      }
    }
  }
}
machine SmallSetup {
  start state S {
    entry {
      var c: Coordinator;
      c = new Coordinator(2);
      new TxnClient((coordinator = c, count = 2));
    }
  }
}
machine LargeSetup {
  start state S {
    entry {
      var c: Coordinator;
      c = new Coordinator(4);
      new TxnClient((coordinator = c, count = 3));
      new TxnClient((coordinator = c, count = 1));
    }
  }
}
module TwoPC = { Coordinator, Participant, TxnClient };
test tcCommitOrAbort [main=SmallSetup]: assert Atomicity in (union TwoPC, { SmallSetup });
test tcManyParticipants [main=LargeSetup]: assert Atomicity in (union TwoPC, { LargeSetup });
