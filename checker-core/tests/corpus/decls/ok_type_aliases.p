// expect: accepted
// Type aliases are structural: an alias, an alias of an alias and the expanded type are the same type.
// tests: DefaultImpl
type tId = int;
type tNodeId = tId;
type tEntry = (term: int, value: string);
type tLog = seq[tEntry];
type tIndex = map[tNodeId, tLog];
fun LastTerm(log: tLog): int {
  if (sizeof(log) == 0) { return 0; }
  return log[sizeof(log) - 1].term;
}
machine Main {
  var index: tIndex;
  var plain: map[int, seq[(term: int, value: string)]];
  var id: tNodeId;
  start state Init {
    entry {
      id = 7;
      index[id] = default(tLog);
      index[id] += (0, (term = 1, value = "a"));
      plain = index;
      index = plain;
      assert LastTerm(plain[7]) == 1;
    }
  }
}
