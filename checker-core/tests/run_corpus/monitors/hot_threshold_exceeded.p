// expect: bug liveness "potential liveness bug in hot state 'During'"
// max-steps: 1000
// liveness-threshold: 200
// schedules: 5
// With a threshold, a monitor that stays hot too long under the fair (random) scheduler is a bug even
// though the execution never ends on its own.
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
