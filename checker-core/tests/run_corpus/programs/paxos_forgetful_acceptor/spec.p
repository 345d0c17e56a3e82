spec OneValueChosen observes Learned {
  var votes: map[int, set[machine]];
  var ballotValue: map[int, int];
  var chosen: int;
  start state Watch {
    on Learned do (l: (ballot: int, value: int, acceptor: machine)) {
      if (!(l.ballot in votes)) { votes[l.ballot] = default(set[machine]); ballotValue[l.ballot] = l.value; }
      assert ballotValue[l.ballot] == l.value, "two values in one ballot";
      votes[l.ballot] += (l.acceptor);
      if (sizeof(votes[l.ballot]) == 2) {
        if (chosen != 0) {
          assert chosen == l.value, format("value {0} chosen after {1}", l.value, chosen);
        }
        chosen = l.value;
      }
    }
  }
}

test tcPaxos [main=PaxosMain]: assert OneValueChosen in { PaxosMain, Acceptor, Proposer };
