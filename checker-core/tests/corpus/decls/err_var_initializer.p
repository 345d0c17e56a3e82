// expect: rejected
// Variable declarations take no initializer; fields and locals start at their default value (grammar: varDecl).
machine Main {
  var count: int = 0; // error: no initializer in a declaration
  start state S { }
}
