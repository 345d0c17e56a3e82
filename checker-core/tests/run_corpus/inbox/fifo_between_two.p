// expect: pass
// Events from one sender to one receiver are handled in the order they were sent.
event Num: int;
machine Main {
  var r: machine;
  var i: int;
  start state Init {
    entry {
      r = new Reader();
      while (i < 6) { send r, Num, i; i = i + 1; }
    }
  }
}
machine Reader {
  var expected: int;
  start state Read {
    on Num do (n: int) {
      assert n == expected, format("got {0}, expected {1}", n, expected);
      expected = expected + 1;
    }
  }
}
