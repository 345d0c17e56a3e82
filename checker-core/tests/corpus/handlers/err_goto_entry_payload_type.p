// expect: rejected
// `on e goto S` passes the payload of e to the entry of S, so the types must agree (MachineChecker.ValidateTransitions).
event eName : string;
machine Main {
  start state A {
    on eName goto B; // error: string payload, int entry parameter
  }
  state B {
    entry (n: int) { }
  }
}
