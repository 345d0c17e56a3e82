// expect: rejected
// Tuples of different arity are different types.
machine Main {
  var triple: (int, int, int);
  start state S {
    entry {
      triple = (1, 2); // error: two fields, three expected
    }
  }
}
