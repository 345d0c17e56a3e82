// expect: rejected
// The `foreach` variable must have exactly the element type of the collection.
machine Main {
  var xs: seq[int];
  var label: string;
  start state S {
    entry {
      foreach (label in xs) { } // error: string variable over seq[int]
    }
  }
}
