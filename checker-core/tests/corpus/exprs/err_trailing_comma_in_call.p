// expect: rejected
// Argument lists take no trailing comma (grammar: rvalueList).
fun Add(a: int, b: int): int { return a + b; }
machine Main {
  var n: int;
  start state S {
    entry {
      n = Add(1, 2,); // error: trailing comma
    }
  }
}
