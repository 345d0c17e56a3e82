// expect: rejected
// Each argument must be assignable to its parameter type.
fun Greet(name: string): string { return "hi " + name; }
machine Main {
  var s: string;
  start state S {
    entry {
      s = Greet(42); // error: int passed for a string parameter
    }
  }
}
