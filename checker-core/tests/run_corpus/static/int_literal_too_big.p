// expect: static-error
// Integer literals are 32-bit.
machine Main {
  var x: int;
  start state S { entry { x = 2147483648; } }
}
