// expect: rejected
// Files share one global namespace: declaring the same type in two files is a duplicate, reported at the later file.
type tId = int;
machine Main {
  var id: tId;
  start state S { }
}
