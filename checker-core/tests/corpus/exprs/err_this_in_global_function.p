// expect: rejected
// `this` has no meaning outside a machine (ExprVisitor MisplacedThis).
fun Whoami(): machine {
  return this; // error: no machine here
}
machine Main {
  start state S { }
}
