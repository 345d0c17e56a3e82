// expect: accepted
// A receive inside a while loop with break and continue in its cases; locals of the enclosing function are visible in the cases.
// tests: DefaultImpl
event eNum : int;
event eEnd;
machine Main {
  fun Sum(): int {
    var total: int;
    var done: bool;
    while (!done) {
      receive {
        case eNum: (n: int) {
          if (n < 0) { continue; }
          total = total + n;
        }
        case eEnd: { done = true; }
      }
    }
    return total;
  }
  start state S {
    entry {
      send this, eNum, 2;
      send this, eEnd;
      assert Sum() == 2;
    }
  }
}
