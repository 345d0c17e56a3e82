// expect: rejected
// Keywords cannot be named-tuple field names either: `to` and `param` are reserved (PLexer.g4 TO, PARAM).
type tRoute = (from: int, to: int); // error: `to` is reserved
type tKnob = (param: bool, level: int); // error: `param` is reserved
machine Main {
  start state S { }
}
