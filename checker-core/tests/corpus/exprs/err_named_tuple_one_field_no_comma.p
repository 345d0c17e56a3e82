// expect: rejected
// A one-field named tuple value needs a trailing comma: `(a = 1,)`; `(a = 1)` is not an expression (grammar: namedTupleBody).
machine Main {
  var t: (a: int);
  start state S {
    entry {
      t = (a = 1,);
      t = (a = 1); // error: missing trailing comma
    }
  }
}
