// expect: rejected
// A receive case parameter must accept the event payload type.
event eName : string;
machine Main {
  start state S {
    entry {
      receive {
        case eName: (n: int) { } // error: string payload, int parameter
      }
    }
  }
}
