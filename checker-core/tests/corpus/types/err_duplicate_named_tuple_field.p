// expect: rejected
// A named tuple type cannot repeat a field name, and neither can a named tuple value (TypeResolver / ExprVisitor DuplicateNamedTupleEntry).
type tBad = (id: int, id: string); // error: duplicate field in a type
machine Main {
  var v: any;
  start state S {
    entry {
      v = (k = 1, k = 2); // error: duplicate field in a value
    }
  }
}
