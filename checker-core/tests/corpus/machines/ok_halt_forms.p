// expect: accepted
// The halt event: raised, sent, deferred, ignored, handled with do and goto, listed in receives/sends, and stored in an event variable.
// tests: DefaultImpl
machine Victim receives halt; {
  start state V { on halt do { } }
}
machine Main sends halt; {
  var ev: event;
  start state S {
    entry {
      var v: Victim;
      v = new Victim();
      send v, halt;
      ev = halt;
      goto T;
    }
  }
  state T {
    ignore halt;
    entry { raise halt; }
  }
}
