// expect: rejected
// `1.` is not a float literal: floatLiteral is `IntLiteral? '.' IntLiteral`, so the digits after the dot are required.
machine Main {
  var ratio: float;
  start state S {
    entry {
      ratio = 1.; // error: expected digits after the dot
    }
  }
}
