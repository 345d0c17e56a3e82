// expect: accepted
// Payload flow into entries: `goto S, v`, `on e goto S` passing e's payload, `with` handlers taking the payload, and handlers that ignore a payload.
// tests: DefaultImpl
type tMsg = (from: int, text: string);
event eMsg : tMsg;
event eNum : int;
event eBare;
machine Main {
  var last: string;
  start state Wait {
    entry { goto Show, (from = 1, text = "hi"); }
  }
  state Show {
    entry (m: tMsg) { last = m.text; }
    on eMsg goto Show;
    on eNum goto Count with (n: int) { last = format("{0}", n); }
    on eBare goto Wait;
  }
  state Count {
    entry (n: int) { assert n >= 0 || n < 0; }
    on eNum do { last = "payload ignored"; }
    on eMsg goto Show with { last = "with, no parameter"; }
  }
}
