// expect: rejected
// An event without payload delivers null, which an int parameter cannot take.
event ePulse;
machine Main {
  start state S {
    on ePulse do (n: int) { } // error: no payload for an int parameter
  }
}
