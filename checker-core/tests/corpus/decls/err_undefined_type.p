// expect: rejected
// A type name that is not an enum, typedef, event set, machine or interface is a missing declaration (TypeResolver).
machine Main {
  var pending: seq[tRequest]; // error: unknown type `tRequest`
  start state S { }
}
