// expect: rejected
// `raise` and `announce` need an event: an int or an `any` value is rejected (`any` is not assignable to `event`).
event eReal;
machine Main {
  var a: any;
  var ev: event;
  start state S {
    entry {
      ev = eReal;
      announce ev;
      announce 5; // error: int is not an event
      a = eReal;
      raise a; // error: any is not an event
    }
    ignore eReal;
  }
}
