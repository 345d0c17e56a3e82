// expect: accepted
// One set of global params feeds several parametric tests with different value lists, and a plain test sees the defaults.
// tests: tcSmall___n_1, tcSmall___n_2, tcBig___n_10__deep_true, tcBig___n_20__deep_true, tcBig___n_10__deep_false, tcBig___n_20__deep_false, tcDefaults
param n: int;
param deep: bool;
machine Main {
  start state S { entry { if (deep) { assert n >= 0; } } }
}
test param (n in [1, 2]) tcSmall [main=Main]: { Main };
test param (n in [10, 20], deep in [true, false]) tcBig [main=Main]: { Main };
test tcDefaults [main=Main]: { Main };
