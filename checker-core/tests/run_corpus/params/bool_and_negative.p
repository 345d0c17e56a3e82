// test: tcMix___offset_neg1__loud_true
// expect: bug assertion "negative offset, loud"
// test: tcMix___offset_2__loud_false
// expect: pass
// test: tcMix___offset_2__loud_true
// expect: pass
// Negative parameter values are spelled neg1 in test names; bool parameters too.
param offset: int;
param loud: bool;
machine M {
  start state S {
    entry {
      if (loud) { assert offset >= 0, "negative offset, loud"; }
      assert offset + 1 != 0 || loud;
    }
  }
}
test param (offset in [-1, 2], loud in [true, false]) tcMix [main=M]: { M };
