// expect: rejected
// Two parameters of one function cannot share a name.
fun Span(lo: int, lo: int): int { // error: duplicate parameter
  return 0;
}
machine Main {
  start state S { }
}
