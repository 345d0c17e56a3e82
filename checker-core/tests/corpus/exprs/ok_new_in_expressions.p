// expect: accepted
// `new` is an expression: usable in arguments, tuples, collection inserts and as a send target.
// tests: DefaultImpl
event eTouch;
machine Leaf {
  start state L { ignore eTouch; }
}
machine Node2 {
  start state N { entry (pair: (Leaf, Leaf)) { send pair.0, eTouch; } }
}
machine Main {
  var leaves: seq[Leaf];
  start state S {
    entry {
      leaves += (0, new Leaf());
      new Node2((new Leaf(), new Leaf()));
      send new Leaf(), eTouch;
    }
  }
}
