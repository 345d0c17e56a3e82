// Graded on the server only: the same harness with more requests; lab.toml adds the faults
// (messages to the counter duplicated, or lost).
machine FiveIncrements {
  start state Init {
    entry {
      var counter: Counter;
      counter = new Counter();
      new Client((counter = counter, total = 5));
    }
  }
}

test tcDuplicatingNetwork [main=FiveIncrements]:
  assert ExactlyOnce, EventuallyAcknowledged in { FiveIncrements, Client, Counter, Timer };

test tcLossyNetwork [main=FiveIncrements]:
  assert ExactlyOnce, EventuallyAcknowledged in { FiveIncrements, Client, Counter, Timer };
