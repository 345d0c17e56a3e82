// expect: accepted
// Enum values as map keys, set elements and tuple fields, compared and coerced to int.
// tests: DefaultImpl
enum Role { LEADER, FOLLOWER, CANDIDATE }
machine Main {
  var counts: map[Role, int];
  var seen: set[Role];
  var pair: (r: Role, term: int);
  start state S {
    entry {
      counts[LEADER] = 1;
      counts[FOLLOWER] = counts[LEADER] + 1;
      seen += (CANDIDATE);
      pair = (r = FOLLOWER, term = 3);
      assert pair.r in counts && CANDIDATE in seen;
      assert (pair.r to int) == 1;
    }
  }
}
