// expect: rejected
// The PVerifier form of a foreign function (return, requires, ensures) is a foreign function as well.
fun Max(a: int, b: int) return (r: int); requires a >= 0; ensures r >= a && r >= b; // error: foreign function Max is not supported
machine Main {
  start state S { }
}
