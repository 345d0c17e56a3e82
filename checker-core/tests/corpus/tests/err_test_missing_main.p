// expect: rejected
// `[main=M]` is mandatory in a test declaration (grammar: testDecl).
machine Solo {
  start state S { }
}
test tcNoMain: { Solo }; // error: `[main=...]` expected
