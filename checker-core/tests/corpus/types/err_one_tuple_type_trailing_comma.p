// expect: rejected
// A one-element tuple type is written `(int)`; the trailing comma belongs to tuple values only, so `(int,)` as a type is a syntax error (PParser.g4 TupleType).
machine Main {
  var ok: (int);
  var bad: (int,); // error: no trailing comma in a tuple type
  start state S { entry { ok = (1,); } }
}
