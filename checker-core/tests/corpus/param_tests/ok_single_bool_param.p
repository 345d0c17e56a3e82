// expect: accepted
// A single bool parameter expands to one test per value, in list order.
// tests: tcFlag___fast_false, tcFlag___fast_true
param fast: bool;
machine Main {
  start state S { entry { if (fast) { print "fast"; } } }
}
test param (fast in [false, true]) tcFlag [main=Main]: { Main };
