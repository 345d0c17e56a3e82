// expect: rejected
// `to string` is not a coercion P knows (IllegalTypeInCoerceExpr).
machine Main {
  var s: string;
  start state S {
    entry {
      s = 12 to string; // error: cannot coerce to string
    }
  }
}
