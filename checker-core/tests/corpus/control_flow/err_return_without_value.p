// expect: rejected
// A bare `return;` in a function with a return type is a type error.
fun Size(): int {
  return; // error: missing return value
}
machine Main {
  start state S { }
}
