// expect: bug runtime_error
// The most negative int divided by -1 overflows. P's ints are C# longs and .NET throws an
// OverflowException for long.MinValue / -1 (the C# spec leaves it to the implementation in an
// unchecked context; CoreCLR throws), which P reports as a bug, like a division by zero.
machine Main {
  var smallest: int;
  var q: int;
  start state S {
    entry {
      smallest = 1073741824 * 1073741824 * 4 * 2;
      assert smallest < 0 && smallest - 1 > 0, "wrapped to the most negative int";
      q = smallest / (0 - 1);
      print format("quotient {0}", q);
    }
  }
}
