// expect: rejected
// Global functions cannot see machine fields.
fun Peek(): int {
  return counter; // error: no variable `counter` here
}
machine Main {
  var counter: int;
  start state S { }
}
