// expect: rejected
// `goto` and `on e goto` must name a state of the current machine.
event eGo;
machine Main {
  start state A {
    entry { goto Nowhere; } // error: no state `Nowhere`
    on eGo goto Elsewhere; // error: no state `Elsewhere`
  }
}
