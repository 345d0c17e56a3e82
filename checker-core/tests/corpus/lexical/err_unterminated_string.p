// expect: rejected
// A string literal that is never closed is a lexical error; the declaration it is in cannot be completed.
// known-bad-diagnostics: a cascading "malformed format string" on the text of the unterminated string.
machine Main {
  start state S { }
}
fun Greeting(): string { return "hello, world; } // error: unterminated string