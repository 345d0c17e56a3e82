// expect: pass
// prints: "went left"
// goto inside a receive case leaves the state, passing a payload.
event Pick: string;
machine Main {
  start state Choose {
    entry {
      send this, Pick, "left";
      receive {
        case Pick: (side: string) { goto Went, side; }
      }
      assert false, "fell through the receive";
    }
  }
  state Went {
    entry (side: string) { assert side == "left"; print format("went {0}", side); }
  }
}
