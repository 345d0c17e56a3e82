// expect: accepted
// An empty file next to a real one contributes nothing and is not an error (program : topDecl* EOF).
// tests: DefaultImpl
machine Main {
  start state Idle { }
}
