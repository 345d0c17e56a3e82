// expect: accepted
// Entry, exit, do and goto-with handlers given as named machine methods, with payload parameters matching the events.
// tests: DefaultImpl
event eSet : int;
event eMove : int;
machine Main {
  var value: int;
  fun Boot() { value = 0; }
  fun Leave() { value = -1; }
  fun Store(v: int) { value = v; }
  fun Note(v: int) { value = value + v; }
  fun Arrive(v: int) { assert v == value; }
  start state A {
    entry Boot;
    exit Leave;
    on eSet do Store;
    on eMove goto B with Note;
  }
  state B {
    entry Arrive;
  }
}
