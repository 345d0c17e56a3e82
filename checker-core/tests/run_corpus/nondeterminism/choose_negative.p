// expect: bug runtime_error
// choose(n) with a negative n: P passes n to System.Random.Next, which throws an
// ArgumentOutOfRangeException, reported as a bug (only n > 10000 is checked by P itself; n == 0 gives 0).
machine Main {
  var n: int;
  start state S {
    entry {
      n = 0 - 3;
      print format("picked {0}", choose(n));
    }
  }
}
