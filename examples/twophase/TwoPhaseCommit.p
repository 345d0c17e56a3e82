// Two-phase commit: a coordinator asks every participant to prepare a transaction, commits it when all vote
// yes and aborts it otherwise. Participants vote no at random. The spec checks atomicity: no participant
// commits a transaction that another aborted, and the coordinator's decision matches every vote.

param nParticipants : int;

type tTxn = int;
event ePrepare : (coordinator: Coordinator, txn: tTxn);
event eVote : (participant: Participant, txn: tTxn, yes: bool);
event eDecide : (txn: tTxn, commit: bool);
event eDecided : (txn: tTxn, commit: bool);
event eApplied : (participant: Participant, txn: tTxn, commit: bool);
event eStart : tTxn;

machine Coordinator {
  var participants: seq[Participant];
  var votes: map[Participant, bool];
  var txn: tTxn;

  start state Init {
    entry (ps: seq[Participant]) {
      participants = ps;
      goto Idle;
    }
  }

  state Idle {
    on eStart do (t: tTxn) {
      var p: Participant;
      txn = t;
      votes = default(map[Participant, bool]);
      foreach (p in participants) {
        send p, ePrepare, (coordinator = this, txn = txn);
      }
      goto Collecting;
    }
  }

  state Collecting {
    defer eStart;
    on eVote do (v: (participant: Participant, txn: tTxn, yes: bool)) {
      var p: Participant;
      var commit: bool;
      votes[v.participant] = v.yes;
      if (sizeof(votes) == sizeof(participants)) {
        commit = !(false in values(votes));
        announce eDecided, (txn = txn, commit = commit);
        foreach (p in participants) {
          send p, eDecide, (txn = txn, commit = commit);
        }
        goto Idle;
      }
    }
  }
}

machine Participant {
  var committed: set[tTxn];

  start state Ready {
    on ePrepare do (req: (coordinator: Coordinator, txn: tTxn)) {
      send req.coordinator, eVote, (participant = this, txn = req.txn, yes = $);
    }
    on eDecide do (d: (txn: tTxn, commit: bool)) {
      if (d.commit) {
        committed += (d.txn);
      }
      announce eApplied, (participant = this, txn = d.txn, commit = d.commit);
    }
  }
}

spec Atomicity observes eDecided, eApplied {
  var decisions: map[tTxn, bool];

  start state Watching {
    on eDecided do (d: (txn: tTxn, commit: bool)) {
      assert !(d.txn in decisions), format("transaction {0} was decided twice", d.txn);
      decisions[d.txn] = d.commit;
    }
    on eApplied do (a: (participant: Participant, txn: tTxn, commit: bool)) {
      assert a.txn in decisions, format("{0} applied transaction {1} before it was decided", a.participant, a.txn);
      assert decisions[a.txn] == a.commit, format("{0} disagrees with the decision on {1}", a.participant, a.txn);
    }
  }
}

machine Driver {
  start state Init {
    entry {
      var ps: seq[Participant];
      var coordinator: Coordinator;
      var i: int;
      while (i < nParticipants) {
        ps += (i, new Participant());
        i = i + 1;
      }
      coordinator = new Coordinator(ps);
      send coordinator, eStart, 1;
      send coordinator, eStart, 2;
    }
  }
}

test param (nParticipants in [3, 4, 5, 6, 7]) tcTwoPhaseCommit [main=Driver]:
  assert Atomicity in { Driver, Coordinator, Participant };
