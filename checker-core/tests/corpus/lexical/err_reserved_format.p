// expect: rejected
// `format` is a keyword (PLexer.g4 FORMAT), so it cannot name a function.
fun format(x: int): int { // error: `format` is reserved
  return x;
}
machine Main {
  start state S { }
}
