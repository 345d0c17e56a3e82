// expect: rejected
// `<`, `>`, `<=`, `>=` compare ints, floats or strings, never bools or enums.
enum Level { LOW, HIGH }
machine Main {
  var b: bool;
  start state S {
    entry {
      b = true < false; // error: ordering on bools
      b = LOW < HIGH; // error: ordering on enums
    }
  }
}
