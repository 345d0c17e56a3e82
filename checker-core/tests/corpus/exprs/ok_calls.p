// expect: accepted
// Function calls: nested calls as arguments, calls on call results, recursion, machine methods calling global functions and each other, void calls as statements.
// tests: DefaultImpl
type tPoint = (x: int, y: int);
fun Origin(): tPoint { return (x = 0, y = 0); }
fun Shift(p: tPoint, dx: int): tPoint { return (x = p.x + dx, y = p.y); }
fun Fact(n: int): int { if (n <= 1) { return 1; } return n * Fact(n - 1); }
machine Main {
  var total: int;
  fun Add(n: int) { total = total + n; }
  fun Twice(n: int): int { Add(n); Add(n); return total; }
  start state S {
    entry {
      assert Shift(Shift(Origin(), 2), Fact(3)).x == 8;
      assert Twice(Fact(2)) == 4;
      Add(Fact(4));
    }
  }
}
