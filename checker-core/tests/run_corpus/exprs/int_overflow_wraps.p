// expect: pass
// Runtime ints are 64-bit and wrap on overflow (literals are limited to 32 bits, products are not).
machine Main {
  var big: int;
  var wrapped: int;
  start state Init {
    entry {
      big = 1073741824 * 1073741824;
      assert big > 2147483647, "64-bit arithmetic";
      big = big * 4;
      wrapped = big * 2;
      assert wrapped < 0, "2^63 wraps to the most negative int";
      assert wrapped - 1 > 0;
    }
  }
}
