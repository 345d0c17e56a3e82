// expect: rejected
// Elements of different enums are incomparable, even though both are ints at run time.
enum Fruit { APPLE, PEAR }
enum Tool { HAMMER, SAW }
machine Main {
  var same: bool;
  start state S {
    entry {
      same = APPLE == PEAR;
      same = APPLE == HAMMER; // error: Fruit vs Tool
    }
  }
}
