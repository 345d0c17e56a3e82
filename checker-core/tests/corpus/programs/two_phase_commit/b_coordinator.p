machine Coordinator {
  var participants: seq[Participant];
  var yesVotes: set[Participant];
  var current: tTxn;
  var client: TxnClient;
  var pending: seq[(txn: tTxn, client: TxnClient)];
  start state Init {
    entry (n: int) {
      var i: int;
      while (i < n) {
        participants += (i, new Participant());
        i = i + 1;
      }
      goto Ready;
    }
  }
  state Ready {
    on eWriteRequest do (req: (txn: tTxn, client: TxnClient)) {
      var p: Participant;
      current = req.txn;
      client = req.client;
      yesVotes = default(set[Participant]);
      foreach (p in participants) {
        send p, ePrepare, (txn = current, coordinator = this);
      }
      goto Collecting;
    }
  }
  state Collecting {
    defer eWriteRequest;
    on eVote do (v: tVoteMsg) {
      if (v.txnId != current.id) { return; }
      if (v.vote == VOTE_NO) {
        Decide(false);
        return;
      }
      yesVotes += (v.from);
      if (sizeof(yesVotes) == sizeof(participants)) {
        Decide(true);
      }
    }
  }
  fun Decide(commit: bool) {
    var p: Participant;
    foreach (p in participants) {
      if (commit) { send p, eCommit, current.id; } else { send p, eAbort, current.id; }
    }
    announce eDecided, (txnId = current.id, committed = commit);
    send client, eWriteResult, (txnId = current.id, committed = commit);
    goto Ready;
  }
}
