// expect: pass
// max-steps: 300
// schedules: 10
// An execution cut by the step bound is not checked for hot monitors at its end (and the threshold
// check is off here, as in P's regression runs).
event Started;
spec Forever observes Started {
  start cold state Before { on Started goto During; }
  hot state During { ignore Started; }
}
machine Looper {
  start state L {
    entry { announce Started; }
    on null goto L;
  }
}
test tcCut [main=Looper]: assert Forever in { Looper };
