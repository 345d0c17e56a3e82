// expect: accepted
// Named exit methods, `on halt goto`, and a `with` method that ignores the payload it is offered.
// tests: DefaultImpl
event eStop : int;
machine Main {
  var exits: int;
  fun CountExit() { exits = exits + 1; }
  fun Note() { exits = exits + 10; }
  start state Running {
    exit CountExit;
    on eStop goto Stopping with Note;
    on halt goto Stopping;
  }
  state Stopping {
    exit CountExit;
    ignore eStop, halt;
  }
}
