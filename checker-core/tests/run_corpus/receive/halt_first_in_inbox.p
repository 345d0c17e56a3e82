// expect: pass
// prints: "halting before the reply"
// A receive also waits for halt: a halt queued before the awaited event is taken first and (unhandled)
// halts the machine, so the later event is never received.
event Reply;
machine Main {
  start state Wait {
    entry {
      send this, halt;
      send this, Reply;
      receive {
        case Reply: { assert false, "reply received before the halt"; }
      }
    }
    exit { print "halting before the reply"; }
  }
}
