// expect: rejected
// 2147483648 does not fit a 32-bit int literal (LiteralParsingUtils.TryParseIntLiteral, ExprVisitor ValueOutOfRange).
machine Main {
  var big: int;
  start state S {
    entry {
      big = 2147483647;
      big = 2147483648; // error: int literal out of range
    }
  }
}
