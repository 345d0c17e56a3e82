// expect: pass
// Assignment copies: changing the copy leaves the original alone.
machine Main {
  var orig: seq[int];
  var dup: seq[int];
  start state Init {
    entry {
      orig += (0, 10);
      orig += (1, 20);
      dup = orig;
      dup[0] = 99;
      dup += (2, 30);
      assert orig[0] == 10, "original changed through its copy";
      assert sizeof(orig) == 2, "original grew through its copy";
      assert dup[0] == 99 && sizeof(dup) == 3;
    }
  }
}
