// expect: rejected
// Sending or announcing the literal `null` event is rejected (EmittedNullEvent).
machine Main {
  start state S {
    entry {
      send this, null; // error: null event sent
      announce null; // error: null event announced
    }
  }
}
