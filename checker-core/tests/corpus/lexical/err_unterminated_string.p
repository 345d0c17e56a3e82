// expect: rejected
// A string literal that is never closed is a lexical error; the declaration it is in cannot be completed.
machine Main {
  start state S { }
}
fun Greeting(): string { return "hello, world; } // error: unterminated string