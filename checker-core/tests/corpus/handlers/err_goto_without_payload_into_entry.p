// expect: rejected
// `on e goto S` where e carries no payload (or `on null goto S`) passes null to S's entry; an entry parameter of a type that rejects null (an int, a machine-name type) makes that an error (MachineChecker.ValidateEventPayloadToTransitionTarget). A `machine` or `any` parameter would accept it.
event eRetry;
machine Main {
  var me: Main;
  start state Init {
    entry { me = this; goto Working, me; }
  }
  state Working {
    entry (owner: Main) { }
    on eRetry goto Working; // error: null payload for a `Main` entry parameter
    on null goto Counting; // error: null payload for an int entry parameter
  }
  state Counting {
    entry (n: int) { }
    on eRetry goto Tolerant;
  }
  state Tolerant {
    entry (m: machine) { }
    ignore eRetry;
  }
}
