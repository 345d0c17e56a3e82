// expect: rejected
// An unescaped `}` or a `{` at the end of a string is a malformed format string (TypeCheckingUtils.PrintStmtNumArgs returns -1).
machine Main {
  var s: string;
  start state S {
    entry {
      s = "closing } alone"; // error: stray `}`
      s = "open at the end {"; // error: `{` at the end
    }
  }
}
