// expect: accepted
// With both kinds declared, P emits implementations before safety tests (Scope.AllDecls concatenates Implementations, then SafetyTests), each group in declaration order.
// tests: implSecond, implFourth, tcFirst, tcThird
machine Main {
  start state S { }
}
test tcFirst [main=Main]: { Main };
implementation implSecond [main=Main]: { Main };
test tcThird [main=Main]: { Main };
implementation implFourth [main=Main]: { Main };
