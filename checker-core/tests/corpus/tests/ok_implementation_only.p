// expect: accepted
// A program whose only runnable entry point is an implementation declaration (no tests, no Main machine).
// tests: implRun
machine Runner {
  start state R { }
}
implementation implRun [main=Runner]: { Runner };
