// expect: accepted
// A token ring: nodes pass a single token around a ring a bounded number of times; a spec checks the token is never duplicated and a liveness spec expects the token to keep moving.
// tests: tcRing___ringSize_2, tcRing___ringSize_4
param ringSize: int;
event eSetNext : RingMember;
event eToken : int;
event eTokenHeld : RingMember;
event eTokenReleased : RingMember;
machine RingMember {
  var next: RingMember;
  var passes: int;
  start state Unlinked {
    on eSetNext goto Linked with (n: RingMember) { next = n; }
    defer eToken;
  }
  state Linked {
    on eToken do (hops: int) {
      announce eTokenHeld, this;
      passes = passes + 1;
      announce eTokenReleased, this;
      if (hops > 0) { send next, eToken, hops - 1; }
    }
  }
}
machine RingSetup {
  start state Build {
    entry {
      var members: seq[RingMember];
      var i: int;
      while (i < ringSize) {
        members += (i, new RingMember());
        i = i + 1;
      }
      i = 0;
      while (i < ringSize) {
        send members[i], eSetNext, members[(i + 1) % ringSize];
        i = i + 1;
      }
      send members[0], eToken, 3 * ringSize;
    }
  }
}
spec SingleToken observes eTokenHeld, eTokenReleased {
  var holder: machine;
  start state Free {
    on eTokenHeld goto Held with (m: RingMember) { holder = m; }
    on eTokenReleased do (m: RingMember) { assert false, "released a token nobody holds"; }
  }
  state Held {
    on eTokenReleased goto Free with (m: RingMember) { assert m == holder; }
    on eTokenHeld do (m: RingMember) { assert false, "two holders"; }
  }
}
spec TokenMoves observes eTokenHeld {
  start cold state Moving {
    on eTokenHeld goto Moving;
  }
}
test param (ringSize in [2, 4]) tcRing [main=RingSetup]: assert SingleToken, TokenMoves in { RingSetup, RingMember };
