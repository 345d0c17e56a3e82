// expect: accepted
// An assume that keeps a single combination yields one test.
// tests: tcOnly___a_3__b_neg3
param a, b: int;
machine Main {
  start state S { }
}
test param (a in [1, 2, 3], b in [-1, -2, -3]) assume (a + b == 0 && a > 2) tcOnly [main=Main]: { Main };
