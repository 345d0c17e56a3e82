// expect: rejected
// `@` is not a P character (PLexer.g4 has no rule for it): a lexical error at that position.
machine Main {
  var total: int;
  start state S {
    entry {
      total = 3 @ 4; // error: illegal character
    }
  }
}
