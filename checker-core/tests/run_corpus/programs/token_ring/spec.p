spec SingleToken observes Acquired, Released {
  var holder: int;
  var expected: int;
  start state Free {
    entry { holder = -1; }
    on Acquired goto Held with (id: int) {
      assert id == expected, format("node {0} took the token out of turn", id);
      holder = id;
    }
    on Released do (id: int) { assert false, "release without a holder"; }
  }
  state Held {
    on Acquired do (id: int) { assert false, format("node {0} took the token while {1} holds it", id, holder); }
    on Released goto Free with (id: int) {
      assert id == holder;
      expected = (id + 1) % 4;
    }
  }
}
test tcRing [main=RingStarter]: assert SingleToken in { RingStarter, RingNode };
