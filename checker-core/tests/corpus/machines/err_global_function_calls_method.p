// expect: rejected
// A global function cannot call a machine's method: methods are only visible inside their machine.
fun Outside() {
  Inside(); // error: no global function `Inside`
}
machine Main {
  fun Inside() { }
  start state S { entry { Outside(); } }
}
