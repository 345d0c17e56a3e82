// expect: rejected
// Syntax errors in two different files of one program are both reported, each in its own file; the third file is clean.
machine Main {
  start state S {
    entry { Helper(); }
  }
}
event eBroken : ; // error: missing payload type
