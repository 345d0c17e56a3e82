// expect: rejected
// A block comment that is never closed is a lexical error reported where it starts.
machine Main {
  start state S { }
}
event eLast; /* this comment never ends // error: unterminated block comment