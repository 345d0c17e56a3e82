// expect: rejected
// A foreign function (declaration without a body) needs host code: rejected, naming the function.
fun WallClockMillis(): int; // error: foreign function WallClockMillis is not supported
machine Main {
  start state S { }
}
