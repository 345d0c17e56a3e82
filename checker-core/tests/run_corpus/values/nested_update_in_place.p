// expect: pass
// Nested l-values update the stored value in place (map of seqs of named tuples).
type Slot = (owner: int, tags: seq[string]);
machine Main {
  var board: map[int, seq[Slot]];
  var before: map[int, seq[Slot]];
  var s: Slot;
  start state Init {
    entry {
      s.owner = 7;
      s.tags += (0, "red");
      board[1] = default(seq[Slot]);
      board[1] += (0, s);
      before = board;
      board[1][0].tags[0] = "blue";
      board[1][0].owner = board[1][0].owner + 1;
      assert board[1][0].tags[0] == "blue";
      assert board[1][0].owner == 8;
      assert before[1][0].tags[0] == "red", "earlier copy changed";
      assert before[1][0].owner == 7;
      assert s.tags[0] == "red", "inserted value was shared";
    }
  }
}
