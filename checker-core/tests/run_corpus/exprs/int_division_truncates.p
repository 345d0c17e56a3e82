// expect: pass
// int / truncates toward zero and % keeps the sign of the dividend.
machine Main {
  var a: int;
  start state Init {
    entry {
      a = 0 - 7;
      assert 7 / 2 == 3 && a / 2 == -3 && 7 / -2 == -3;
      assert 7 % 2 == 1 && a % 2 == -1 && 7 % -2 == 1;
      assert (a / 2) * 2 + a % 2 == a;
      assert 2 + 3 * 4 == 14 && (2 + 3) * 4 == 20 && 10 - 4 - 3 == 3;
    }
  }
}
