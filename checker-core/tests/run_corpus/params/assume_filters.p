// test: tcPair___a_1__b_2
// expect: pass
// test: tcPair___a_2__b_1
// expect: pass
// `assume` removes combinations before any test is generated: a + b == 3 keeps only two of them,
// and the assertion holds for both.
param a: int;
param b: int;
machine M {
  start state S {
    entry { assert a + b == 3 && a != b; }
  }
}
test param (a in [1, 2], b in [1, 2]) assume (a + b == 3) tcPair [main=M]: { M };
