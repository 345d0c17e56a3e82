// expect: rejected
// `null` is not a value of the primitive value types: int, bool, float and string only accept themselves (PrimitiveType.IsAssignableFrom).
machine Main {
  var n: int;
  start state S {
    entry {
      n = null; // error: null is not an int
    }
  }
}
