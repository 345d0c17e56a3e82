// expect: accepted
// Very long identifiers, string literals and lines are ordinary.
// tests: DefaultImpl
event eAnExtremelyLongEventNameThatKeepsGoingAndGoingForTheSakeOfTestingTheLexerWithLongIdentifiers_v2 : int;
machine Main {
  var aVariableWithAnUnusuallyLongNameToMakeSureNothingTruncatesIdentifiersSomewhereInTheFrontEnd: string;
  start state S {
    entry {
      aVariableWithAnUnusuallyLongNameToMakeSureNothingTruncatesIdentifiersSomewhereInTheFrontEnd = "a string literal that is long enough to span far beyond the usual width of an editor window, just to be sure that nothing in the lexer or the diagnostics assumes short lines";
      send this, eAnExtremelyLongEventNameThatKeepsGoingAndGoingForTheSakeOfTestingTheLexerWithLongIdentifiers_v2, 1;
    }
    ignore eAnExtremelyLongEventNameThatKeepsGoingAndGoingForTheSakeOfTestingTheLexerWithLongIdentifiers_v2;
  }
}
