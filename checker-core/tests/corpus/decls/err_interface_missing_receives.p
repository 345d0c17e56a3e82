// expect: rejected
// The `receives` keyword is mandatory in an interface declaration, even for an empty list (PParser.g4 interfaceDecl).
interface IBare(); // error: `receives` expected
machine Main {
  start state S { }
}
