// expect: accepted
// Plain and parametric tests side by side, a single-value parameter, an assume with `!`, `||` and `>=` over a bool and an int, and pairwise with assume.
// tests: tcPlain, tcOne___size_4, tcMixed___crash_false__nodes_2, tcMixed___crash_true__nodes_3, tcMixed___crash_false__nodes_3, tcMixed___crash_true__nodes_4, tcMixed___crash_false__nodes_4, tcPairAssume___a_0__b_0__c_true, tcPairAssume___a_1__b_1__c_true, tcPairAssume___a_1__b_0__c_false, tcPairAssume___a_0__b_1__c_false, tcPairAssume___a_2__b_0__c_true, tcPairAssume___a_2__b_1__c_false
param size: int;
param crash: bool;
param nodes: int;
param a, b: int;
param c: bool;
machine Main {
  start state S { entry { assert size >= 0; } }
}
test tcPlain [main=Main]: { Main };
test param (size in [4]) tcOne [main=Main]: { Main };
test param (crash in [true, false], nodes in [2, 3, 4]) assume (!crash || nodes >= 3) tcMixed [main=Main]: { Main };
test param (a in [0, 1, 2], b in [0, 1], c in [true, false]) assume (a != b || c) pairwise tcPairAssume [main=Main]: { Main };
