// expect: rejected
// Parameter values are int or bool literals (optionally negated ints), not expressions (grammar: seqPrimitive).
param n: int;
machine Main {
  start state S { }
}
test param (n in [1 + 1]) tcExpr [main=Main]: { Main }; // error: expression instead of a literal
