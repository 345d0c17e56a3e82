// expect: rejected
// A seq index must be an int.
machine Main {
  var names: seq[string];
  var s: string;
  start state S {
    entry {
      s = names["first"]; // error: string index into a seq
    }
  }
}
