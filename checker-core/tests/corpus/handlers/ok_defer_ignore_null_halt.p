// expect: accepted
// defer and ignore lists (including `halt`), a default `on null` handler, handling `halt` explicitly, and several events sharing one handler.
// tests: DefaultImpl
event eA;
event eB;
event eC : int;
machine Main {
  var n: int;
  start state Busy {
    defer eA, eB;
    ignore eC, halt;
    on null goto Free;
  }
  state Free {
    on eA, eB do { n = n + 1; }
    on eC do (v: int) { n = v; }
    on halt goto Stopped;
  }
  state Stopped {
    ignore eA, eB, eC;
  }
}
