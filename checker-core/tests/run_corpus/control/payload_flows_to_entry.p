// expect: pass
// prints: "done with 31"
// The event's payload reaches the target state's entry; goto S, v passes v; several send arguments
// are packed into the event's tuple payload.
event Hand: (who: string, cards: int);
event Pair: (int, string);
machine Main {
  start state Deal {
    entry { send this, Hand, (who = "kim", cards = 3); }
    on Hand goto Play;
  }
  state Play {
    entry (h: (who: string, cards: int)) {
      assert h.who == "kim" && h.cards == 3;
      send this, Pair, h.cards * 10, h.who;
    }
    on Pair goto Score;
  }
  state Score {
    entry (p: (int, string)) {
      assert p.0 == 30 && p.1 == "kim";
      goto Done, p.0 + 1;
    }
  }
  state Done {
    entry (n: int) { assert n == 31; print format("done with {0}", n); }
  }
}
