// expect: pass
// prints: "sum 15, args 1 5"
// A quirk of P's compiler (IRTransformer.SimplifyExpression): a binary operator hoists the calls in its
// operands into temporaries first and reads a plain variable operand only afterwards, so in `x + Bump()`
// the variable is read after Bump changed it (10 + 5, not 1 + 5). Function arguments, by contrast, are
// copied left to right (`Pair(x, Bump())` sees the old x).
machine Main {
  var x: int;
  start state S {
    entry {
      var sum: int;
      var args: (int, int);
      x = 1;
      sum = x + Bump();
      x = 1;
      args = Pair(x, Bump());
      print format("sum {0}, args {1} {2}", sum, args.0, args.1);
    }
  }
  fun Bump(): int {
    x = 10;
    return 5;
  }
  fun Pair(a: int, b: int): (int, int) { return (a, b); }
}
