// expect: rejected
// `data` is a type keyword (PLexer.g4 DATA), so it cannot name a variable.
machine Main {
  var data: int; // error: `data` is reserved
  start state S { }
}
