// expect: accepted
// Spec machines may use named methods with payload parameters as do-handlers and entry functions.
// tests: DefaultImpl
event eValue : int;
spec Tracker observes eValue {
  var max: int;
  fun Update(v: int) { if (v > max) { max = v; } }
  fun Reset() { max = 0; }
  start state Run {
    entry Reset;
    on eValue do Update;
  }
}
machine Main {
  start state S { entry { announce eValue, 4; } }
}
