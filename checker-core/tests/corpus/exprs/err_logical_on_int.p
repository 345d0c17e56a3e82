// expect: rejected
// `&&` and `||` need bool operands.
machine Main {
  var b: bool;
  start state S {
    entry {
      b = 1 && true; // error: int operand of &&
    }
  }
}
