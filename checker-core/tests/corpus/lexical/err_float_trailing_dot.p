// expect: rejected
// `1.` is not a float literal: floatLiteral is `IntLiteral? '.' IntLiteral`, so the digits after the dot are required.
// known-bad-diagnostics: a cascading "cannot assign int to float" after the real syntax error.
machine Main {
  var ratio: float;
  start state S {
    entry {
      ratio = 1.; // error: expected digits after the dot
    }
  }
}
