// expect: rejected
// Only variables, fields and indexed elements can be assigned; a call result or literal cannot (grammar: lvalue).
fun Five(): int { return 5; }
machine Main {
  start state S {
    entry {
      Five() = 6; // error: not an l-value
    }
  }
}
