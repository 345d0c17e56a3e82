// expect: pass
// Both outcomes of $ keep the invariant.
machine Main {
  var x: int;
  start state Flip {
    entry {
      var i: int;
      while (i < 5) {
        if ($) { x = x + 2; } else { x = x + 4; }
        i = i + 1;
      }
      assert x % 2 == 0 && x >= 10 && x <= 20;
    }
  }
}
