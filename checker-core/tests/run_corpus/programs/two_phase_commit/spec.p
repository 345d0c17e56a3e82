spec Atomicity observes Vote, Decide {
  var noVotes: set[int];
  var decisions: map[int, bool];
  start state Watch {
    on Vote do (v: (from: int, txn: int, yes: bool)) {
      if (!v.yes) { noVotes += (v.txn); }
    }
    on Decide do (d: (txn: int, commit: bool)) {
      if (d.commit) { assert !(d.txn in noVotes), format("transaction {0} committed despite a no vote", d.txn); }
      if (d.txn in decisions) { assert decisions[d.txn] == d.commit, "participants got different decisions"; }
      decisions[d.txn] = d.commit;
    }
  }
}
test tcTwoPhase [main=TxnClient]: assert Atomicity in { TxnClient, Coordinator, Participant };
