// expect: accepted
// One state entered by creation payload, by `goto S, v` and by `on e goto S`, all passing the same payload type.
// tests: DefaultImpl
event eAgain : int;
machine Counter {
  start state Count {
    entry (n: int) {
      if (n > 0) { goto Count, n - 1; }
    }
    on eAgain goto Count;
  }
}
machine Main {
  start state S {
    entry { send new Counter(3), eAgain, 2; }
  }
}
