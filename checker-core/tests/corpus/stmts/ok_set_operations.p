// expect: accepted
// Sets: add (duplicates are no-ops), remove (absent is a no-op), membership, size, iteration, positional read and choose.
// tests: DefaultImpl
machine Main {
  var s: set[int];
  var x: int;
  var total: int;
  start state S {
    entry {
      s += (1);
      s += (2);
      s += (1);
      s -= 7;
      assert sizeof(s) == 2 && 1 in s;
      foreach (x in s) { total = total + x; }
      x = s[0];
      x = choose(s);
      s -= 1;
    }
  }
}
