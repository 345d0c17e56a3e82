// expect: accepted
// receive may be used directly in do-handlers and entry functions; its cases can goto or raise on behalf of the enclosing machine.
// tests: DefaultImpl
event eAsk;
event eYes;
event eNo;
machine Main {
  start state Asking {
    entry { send this, eYes; }
    on eAsk do {
      receive {
        case eYes: { goto Agreed; }
        case eNo: { raise eNo; }
      }
    }
    on eNo goto Refused;
    defer eYes;
  }
  state Agreed { ignore eAsk, eYes, eNo; }
  state Refused { ignore eAsk, eYes, eNo; }
}
