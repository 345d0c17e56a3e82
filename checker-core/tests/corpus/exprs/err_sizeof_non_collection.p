// expect: rejected
// `sizeof` applies to seqs, sets and maps only.
machine Main {
  var n: int;
  start state S {
    entry {
      n = sizeof("abc"); // error: a string has no sizeof
    }
  }
}
