machine Participant {
  var store: map[string, int];
  var staged: map[int, tTxn];
  start state Working {
    on ePrepare do (req: (txn: tTxn, coordinator: Coordinator)) {
      var vote: tVote;
      if ($) { vote = VOTE_YES; staged[req.txn.id] = req.txn; } else { vote = VOTE_NO; }
      announce eParticipantVoted, (txnId = req.txn.id, vote = vote, from = this);
      send req.coordinator, eVote, (txnId = req.txn.id, vote = vote, from = this);
    }
    on eCommit do (txnId: int) {
      assert txnId in staged, "commit of a transaction this participant did not stage";
      store[staged[txnId].key] = staged[txnId].value;
      staged -= txnId;
    }
    on eAbort do (txnId: int) {
      if (txnId in staged) { staged -= txnId; }
    }
  }
}
