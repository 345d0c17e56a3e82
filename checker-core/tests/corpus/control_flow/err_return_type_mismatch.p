// expect: rejected
// Returned values must match the declared return type, and a void function returns no value.
fun Half(x: int): float {
  return x / 2; // error: int returned from a float function
}
fun Nothing() {
  return 1; // error: value returned from a void function
}
machine Main {
  start state S { }
}
