// expect: rejected
// Positional access past the last field of a tuple (OutOfBoundsTupleAccess).
machine Main {
  var p: (int, string);
  var s: string;
  start state S {
    entry {
      s = p.1;
      s = p.2; // error: a pair has fields 0 and 1
    }
  }
}
