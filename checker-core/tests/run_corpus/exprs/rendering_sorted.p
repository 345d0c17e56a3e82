// expect: pass
// prints: "set (<10>, <100>, <9>)"
// prints: "map (<10->b>, <2->a>)"
// Sets and maps print their elements sorted by their printed text (ordinal order), whatever the order
// they were added in.
machine Main {
  var s: set[int];
  var m: map[int, string];
  start state S {
    entry {
      s += (9);
      s += (100);
      s += (10);
      m[2] = "a";
      m[10] = "b";
      print format("set {0}", s);
      print format("map {0}", m);
    }
  }
}
