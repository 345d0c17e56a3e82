// expect: rejected
// Six independent errors of different kinds in different declarations are all reported in one run, with no cascades (declaration, type, handler, statement, spec and control-flow rules).
event ePing : int;
event ePing; // error: duplicate event
type tPair = (int, string);
fun First(p: tPair): string {
  return p.0; // error: int returned from a string function
}
machine Worker {
  start state W {
    on ePing do (s: string) { } // error: int payload, string parameter
  }
}
machine Main {
  var n: int;
  start state S {
    entry {
      n = First((1, "a")) + 1; // error: string + int
      break; // error: break outside a loop
    }
  }
}
spec Watcher observes ePing {
  start state O {
    on ePing do (v: int) { send this, ePing, v; } // error: send (and `this`) in a spec
  }
}
