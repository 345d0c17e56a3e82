// expect: bug deadlock
// When an execution ends in a deadlock with a monitor in a hot state, the deadlock is the bug reported
// (the hot-state check at the end only runs when no other bug was found).
event Asked;
event Reply;
spec Pending observes Asked {
  start cold state Calm { on Asked goto Waiting; }
  hot state Waiting { ignore Asked; }
}
machine Asker {
  start state A {
    entry {
      announce Asked;
      receive { case Reply: { } }
    }
  }
}
test tcDeadHot [main=Asker]: assert Pending in { Asker };
