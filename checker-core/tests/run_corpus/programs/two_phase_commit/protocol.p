// expect: pass
// schedules: 500
// Two-phase commit with three participants that vote nondeterministically. The coordinator commits only
// when every vote is yes; the spec checks atomicity and the client checks it gets an answer.
event Prepare: (coord: machine, txn: int);
event Vote: (from: int, txn: int, yes: bool);
event Decide: (txn: int, commit: bool);
event Outcome: (txn: int, commit: bool);
event Begin: (client: machine, txn: int);

machine Participant {
  var id: int;
  var decided: map[int, bool];
  start state Ready {
    entry (myId: int) { id = myId; }
    on Prepare do (p: (coord: machine, txn: int)) {
      send p.coord, Vote, (from = id, txn = p.txn, yes = $);
    }
    on Decide do (d: (txn: int, commit: bool)) {
      assert !(d.txn in decided), "decided twice";
      decided[d.txn] = d.commit;
    }
  }
}

machine Coordinator {
  var parts: seq[machine];
  var client: machine;
  var txn: int;
  var votes: map[int, bool];
  start state Init {
    entry {
      var i: int;
      while (i < 3) { parts += (i, new Participant(i)); i = i + 1; }
      goto Idle;
    }
  }
  state Idle {
    on Begin goto Collecting with (b: (client: machine, txn: int)) {
      var i: int;
      client = b.client;
      txn = b.txn;
      votes = default(map[int, bool]);
      while (i < sizeof(parts)) { send parts[i], Prepare, (coord = this, txn = txn); i = i + 1; }
    }
  }
  state Collecting {
    defer Begin;
    on Vote do (v: (from: int, txn: int, yes: bool)) {
      var commit: bool;
      var i: int;
      votes[v.from] = v.yes;
      if (sizeof(votes) == sizeof(parts)) {
        commit = !(false in values(votes));
        while (i < sizeof(parts)) { send parts[i], Decide, (txn = txn, commit = commit); i = i + 1; }
        send client, Outcome, (txn = txn, commit = commit);
        goto Idle;
      }
    }
  }
}

machine TxnClient {
  start state Run {
    entry {
      var c: machine;
      var t: int;
      c = new Coordinator();
      while (t < 2) {
        send c, Begin, (client = this, txn = t);
        receive {
          case Outcome: (o: (txn: int, commit: bool)) { assert o.txn == t; }
        }
        t = t + 1;
      }
    }
  }
}
