// expect: static-error
// break must be inside a loop.
machine Main {
  start state S {
    entry { if (true) { break; } }
  }
}
