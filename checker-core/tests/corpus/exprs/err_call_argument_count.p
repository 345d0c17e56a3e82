// expect: rejected
// A call must pass exactly as many arguments as the function has parameters (IncorrectArgumentCount).
fun Add(a: int, b: int): int { return a + b; }
machine Main {
  var n: int;
  start state S {
    entry {
      n = Add(1, 2);
      n = Add(1); // error: one argument, two expected
    }
  }
}
