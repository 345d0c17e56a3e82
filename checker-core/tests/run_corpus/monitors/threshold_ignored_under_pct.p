// expect: pass
// strategy: pct 2
// max-steps: 1000
// liveness-threshold: 200
// schedules: 5
// The temperature threshold only applies under fair strategies: with PCT (unfair) the same endless hot
// execution is just cut by the step bound.
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
test tcHot [main=Looper]: assert Forever in { Looper };
