// expect: rejected
// A function without a return type produces no value to assign.
fun Log(msg: string) { print msg; }
machine Main {
  var n: int;
  start state S {
    entry {
      n = Log("x"); // error: Log returns nothing
    }
  }
}
