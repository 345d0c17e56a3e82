// expect: accepted
// The foreach variable may be declared through an alias of the element type (types are compared after expanding aliases).
// tests: DefaultImpl
type tScore = int;
type tScores = seq[tScore];
machine Main {
  var scores: tScores;
  var s: tScore;
  var plain: int;
  start state S {
    entry {
      scores += (0, 3);
      foreach (s in scores) { plain = plain + s; }
      foreach (plain in scores) { }
    }
  }
}
