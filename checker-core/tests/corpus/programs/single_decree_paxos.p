// expect: accepted
// Single-decree Paxos: proposers run prepare/accept rounds with ballot numbers against a set of acceptors, a learner counts accepted messages, and a spec checks that only one value is ever chosen.
// tests: tcTwoProposers___nAcceptors_3, tcTwoProposers___nAcceptors_5
param nAcceptors: int;
type tBallot = (round: int, proposer: int);
event ePrepare : (ballot: tBallot, proposer: Proposer);
event ePromise : (ballot: tBallot, acceptedBallot: tBallot, acceptedValue: int, hasAccepted: bool);
event eAccept : (ballot: tBallot, value: int, proposer: Proposer);
event eAccepted : (ballot: tBallot, value: int);
event eNack : tBallot;
event eChosen : int;
fun BallotLess(a: tBallot, b: tBallot): bool {
  return a.round < b.round || (a.round == b.round && a.proposer < b.proposer);
}
machine Acceptor {
  var promised: tBallot;
  var acceptedBallot: tBallot;
  var acceptedValue: int;
  var hasAccepted: bool;
  var learner: Learner;
  start state Serve {
    entry (l: Learner) { learner = l; }
    on ePrepare do (p: (ballot: tBallot, proposer: Proposer)) {
      if (BallotLess(promised, p.ballot)) {
        promised = p.ballot;
        send p.proposer, ePromise, (ballot = p.ballot, acceptedBallot = acceptedBallot, acceptedValue = acceptedValue, hasAccepted = hasAccepted);
      } else {
        send p.proposer, eNack, promised;
      }
    }
    on eAccept do (a: (ballot: tBallot, value: int, proposer: Proposer)) {
      if (!BallotLess(a.ballot, promised)) {
        promised = a.ballot;
        acceptedBallot = a.ballot;
        acceptedValue = a.value;
        hasAccepted = true;
        send learner, eAccepted, (ballot = a.ballot, value = a.value);
      } else {
        send a.proposer, eNack, promised;
      }
    }
  }
}
machine Proposer {
  var id: int;
  var acceptors: seq[Acceptor];
  var ballot: tBallot;
  var value: int;
  var promises: int;
  var highest: tBallot;
  start state Init {
    entry (cfg: (id: int, acceptors: seq[Acceptor], value: int)) {
      id = cfg.id;
      acceptors = cfg.acceptors;
      value = cfg.value;
      goto Preparing;
    }
  }
  state Preparing {
    entry {
      var a: Acceptor;
      ballot = (round = ballot.round + 1, proposer = id);
      promises = 0;
      foreach (a in acceptors) { send a, ePrepare, (ballot = ballot, proposer = this); }
    }
    on ePromise do (p: (ballot: tBallot, acceptedBallot: tBallot, acceptedValue: int, hasAccepted: bool)) {
      if (p.ballot != ballot) { return; }
      promises = promises + 1;
      if (p.hasAccepted && BallotLess(highest, p.acceptedBallot)) {
        highest = p.acceptedBallot;
        value = p.acceptedValue;
      }
      if (promises * 2 > sizeof(acceptors)) { goto Accepting; }
    }
    on eNack do (b: tBallot) {
      if (ballot.round < 3) { goto Preparing; }
    }
  }
  state Accepting {
    entry {
      var a: Acceptor;
      foreach (a in acceptors) { send a, eAccept, (ballot = ballot, value = value, proposer = this); }
    }
    ignore ePromise, eNack;
  }
}
machine Learner {
  var votes: map[tBallot, int];
  var quorum: int;
  start state Learn {
    entry (n: int) { quorum = n / 2 + 1; }
    on eAccepted do (a: (ballot: tBallot, value: int)) {
      if (!(a.ballot in votes)) { votes[a.ballot] = 0; }
      votes[a.ballot] = votes[a.ballot] + 1;
      if (votes[a.ballot] == quorum) { announce eChosen, a.value; }
    }
  }
}
spec OneValueChosen observes eChosen {
  var chosen: int;
  start state Nothing {
    on eChosen goto Something with (v: int) { chosen = v; }
  }
  state Something {
    on eChosen do (v: int) { assert v == chosen, format("chose {0} after {1}", v, chosen); }
  }
}
machine PaxosSetup {
  start state Boot {
    entry {
      var acceptors: seq[Acceptor];
      var learner: Learner;
      var i: int;
      learner = new Learner(nAcceptors);
      while (i < nAcceptors) {
        acceptors += (i, new Acceptor(learner));
        i = i + 1;
      }
      new Proposer((id = 1, acceptors = acceptors, value = 100));
      new Proposer((id = 2, acceptors = acceptors, value = 200));
    }
  }
}
test param (nAcceptors in [3, 5]) tcTwoProposers [main=PaxosSetup]:
  assert OneValueChosen in { PaxosSetup, Acceptor, Proposer, Learner };
