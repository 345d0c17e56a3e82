// expect: pass
// prints: "log CAB"
// The dequeue takes the first event that is not deferred, even if deferred ones are ahead of it.
event A;
event B;
event C;
machine Main {
  var log: string;
  start state One {
    defer A, B;
    entry {
      send this, A;
      send this, B;
      send this, C;
    }
    on C goto Two with { log = log + "C"; }
  }
  state Two {
    defer B;
    on A goto Three with { log = log + "A"; }
  }
  state Three {
    on B do {
      log = log + "B";
      assert log == "CAB", log;
        print format("log {0}", log);
    }
  }
}
