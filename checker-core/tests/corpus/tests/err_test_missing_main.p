// expect: rejected
// `[main=M]` is mandatory in a test declaration (grammar: testDecl).
// known-bad-diagnostics: reported twice (P1015 from the parser and P4003 from the type checker).
machine Solo {
  start state S { }
}
test tcNoMain: { Solo }; // error: `[main=...]` expected
