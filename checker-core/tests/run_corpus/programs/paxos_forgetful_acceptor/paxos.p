// expect: bug assertion "chosen after"
// schedules: 3000
// Single-decree Paxos with a faulty acceptor rule: acceptors accept any ballot, ignoring the promises
// they made. A later ballot can then get a different value chosen.
// chosen (accepted by a majority in one ballot), no other value is ever chosen.
type Accepted = (ballot: int, value: int);
event Prepare: (ballot: int, proposer: machine);
event Promise: (ballot: int, prior: Accepted, acceptor: machine);
event Nack: int;
event AcceptReq: (ballot: int, value: int, proposer: machine);
event AcceptedMsg: (ballot: int, acceptor: machine);
event Learned: (ballot: int, value: int, acceptor: machine);

machine Acceptor {
  var promised: int;
  var accepted: Accepted;
  start state Serve {
    on Prepare do (p: (ballot: int, proposer: machine)) {
      if (p.ballot > promised) {
        promised = p.ballot;
        send p.proposer, Promise, (ballot = p.ballot, prior = accepted, acceptor = this);
      } else {
        send p.proposer, Nack, p.ballot;
      }
    }
    on AcceptReq do (a: (ballot: int, value: int, proposer: machine)) {
      if (true) {
        promised = a.ballot;
        accepted = (ballot = a.ballot, value = a.value);
        announce Learned, (ballot = a.ballot, value = a.value, acceptor = this);
        send a.proposer, AcceptedMsg, (ballot = a.ballot, acceptor = this);
      } else {
        send a.proposer, Nack, a.ballot;
      }
    }
  }
}

machine Proposer {
  var acceptors: seq[machine];
  var ballot: int;
  var value: int;
  var promises: int;
  var best: Accepted;
  var accepts: int;
  start state Init {
    entry (cfg: (acceptors: seq[machine], ballot: int, value: int)) {
      var i: int;
      acceptors = cfg.acceptors;
      ballot = cfg.ballot;
      value = cfg.value;
      while (i < sizeof(acceptors)) { send acceptors[i], Prepare, (ballot = ballot, proposer = this); i = i + 1; }
      goto Preparing;
    }
  }
  state Preparing {
    on Promise do (p: (ballot: int, prior: Accepted, acceptor: machine)) {
      var i: int;
      promises = promises + 1;
      if (p.prior.ballot > best.ballot) { best = p.prior; }
      if (promises == 2) {
        if (best.ballot > 0) { value = best.value; }
        while (i < sizeof(acceptors)) {
          send acceptors[i], AcceptReq, (ballot = ballot, value = value, proposer = this);
          i = i + 1;
        }
        goto Accepting;
      }
    }
    on Nack goto Done;
  }
  state Accepting {
    ignore Promise;
    on AcceptedMsg do { accepts = accepts + 1; }
    on Nack goto Done;
  }
  state Done {
    ignore Promise, AcceptedMsg, Nack;
  }
}

machine PaxosMain {
  start state Init {
    entry {
      var accs: seq[machine];
      var i: int;
      while (i < 3) { accs += (i, new Acceptor()); i = i + 1; }
      new Proposer((acceptors = accs, ballot = 1, value = 100));
      new Proposer((acceptors = accs, ballot = 2, value = 200));
    }
  }
}
