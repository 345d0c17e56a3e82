// expect: pass
// prints: "child saw (7, seven)"
// `new` returns at once; the new machine's start entry (with the constructor arguments packed into a
// tuple) runs in its own first step, before it handles any event, even one sent right after creation.
event Poke;
machine Main {
  var c: machine;
  start state Init {
    entry {
      c = new Child(7, "seven");
      send c, Poke;
    }
  }
}
machine Child {
  var ready: bool;
  start state S {
    entry (args: (int, string)) {
      ready = true;
      assert args.0 == 7 && args.1 == "seven";
      print format("child saw ({0}, {1})", args.0, args.1);
    }
    on Poke do { assert ready, "event handled before the start entry"; }
  }
}
