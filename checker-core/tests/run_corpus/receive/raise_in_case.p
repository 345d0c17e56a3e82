// expect: pass
// prints: "escalated to 3"
// raise inside a receive case ends the handler; the state then handles the raised event.
event Go;
event Escalate: int;
machine Main {
  var after: bool;
  var level: int;
  start state Run {
    entry {
      send this, Go;
      receive {
        case Go: { raise Escalate, 3; }
      }
      after = true;
    }
    on Escalate do (n: int) {
      level = n;
      assert !after, "code after the receive ran";
        print format("escalated to {0}", n);
    }
  }
}
