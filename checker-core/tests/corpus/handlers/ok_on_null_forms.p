// expect: accepted
// The default event: `on null do`, `on null goto`, and `on null` together with other events in one handler (eventList allows null).
// tests: DefaultImpl
event eTick;
machine Main {
  var idle: int;
  start state A {
    on null do { idle = idle + 1; if (idle > 2) { goto B; } }
  }
  state B {
    on null, eTick goto C;
  }
  state C {
    ignore eTick;
  }
}
