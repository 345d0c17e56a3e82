// expect: rejected
// Set elements can be read by position but not assigned: an indexed l-value must be a seq or a map (ExprVisitor.VisitMapOrSeqLvalue), so `s[0] = v` is a static error.
machine Main {
  var s: set[int];
  var x: int;
  start state S {
    entry {
      s += (1);
      x = s[0];
      s[0] = 2; // error: set elements are not assignable
    }
  }
}
