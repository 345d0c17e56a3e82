// expect: rejected
// Two machine fields with the same name are a duplicate declaration, even with different types.
machine Main {
  var retries: int;
  var retries: bool; // error: duplicate field
  start state S { }
}
