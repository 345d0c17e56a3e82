// expect: accepted
// Insert, remove and assign through nested l-values: fields of tuples in maps, seqs in tuples in seqs.
// tests: DefaultImpl
type tTeam = (name: string, members: seq[string], scores: map[string, int]);
machine Main {
  var teams: seq[tTeam];
  var byName: map[string, tTeam];
  start state S {
    entry {
      teams += (0, (name = "a", members = default(seq[string]), scores = default(map[string, int])));
      teams[0].members += (0, "ann");
      teams[0].scores["ann"] = 3;
      teams[0].scores -= "ann";
      teams[0].members -= 0;
      byName["a"] = teams[0];
      byName["a"].members += (0, "bo");
      byName["a"].scores += ("bo", 1);
    }
  }
}
