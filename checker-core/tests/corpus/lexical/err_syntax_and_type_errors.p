// expect: rejected
// Parsing recovers and type checking still runs on the rest: a syntax error in one function and a type error in another are both reported in one run.
fun Broken(): int {
  return 1 +* 2; // error: syntax error
}
fun WrongType(): int {
  return "not an int"; // error: type error in a well-formed function
}
machine Main {
  start state S { }
}
