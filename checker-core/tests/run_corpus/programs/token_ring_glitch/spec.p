spec SingleToken observes Acquired, Released {
  var holder: int;
  start state Free {
    on Acquired goto Held with (id: int) { holder = id; }
    on Released do (id: int) { assert false, "release without a holder"; }
  }
  state Held {
    on Acquired do (id: int) { assert false, format("node {0} took the token while {1} holds it", id, holder); }
    on Released goto Free with (id: int) { assert id == holder; }
  }
}
test tcRing [main=RingStarter]: assert SingleToken in { RingStarter, RingNode };
