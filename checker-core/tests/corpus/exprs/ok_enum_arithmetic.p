// expect: accepted
// Enum values become ints with `to int` for arithmetic and ordering; comparisons of enum values themselves use == and !=.
// tests: DefaultImpl
enum Level { LOW = 1, MID = 5, HIGH = 10 }
fun Weight(l: Level): int { return (l to int) * 2; }
machine Main {
  var total: int;
  start state S {
    entry {
      total = Weight(MID) + (HIGH to int) - (LOW to int);
      assert total == 19;
      assert (LOW to int) < (HIGH to int) && MID != HIGH;
    }
  }
}
