// expect: rejected
// Two global functions with the same name are a duplicate declaration (no overloading in P).
fun Clamp(x: int): int { return x; }
fun Clamp(x: int, hi: int): int { return hi; } // error: duplicate function
machine Main {
  start state S { }
}
